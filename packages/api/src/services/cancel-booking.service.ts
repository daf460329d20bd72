import type { Db } from '@reserva/db';
import { type CancelReason, forbidden, notFound } from '@reserva/domain';
import type { Actor } from '../context.js';
import { historyActor } from './actor.js';
import { changeBookingStatus } from './booking-lifecycle.service.js';

/** A customer cancels their own booking, up to its start. */
export function cancelOwnBooking({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor & { userId: string };
  input: { id: string; reasonCode: CancelReason; description?: string | undefined };
  now?: Date;
}) {
  return changeBookingStatus({
    db,
    by: { id: input.id },
    change: { to: 'CANCELLED', reason: input.reasonCode, description: input.description },
    actor: historyActor(actor),
    source: 'customer',
    // Whatever reason code they give, a customer's own cancel follows the free window and fee.
    cause: 'customer',
    now,
    check: (booking) => {
      if (booking.userId !== actor.userId) throw notFound('Booking');
      if (booking.startsAt.getTime() <= now.getTime()) {
        throw forbidden('This booking has already started; ask the venue to cancel it');
      }
    },
  });
}
