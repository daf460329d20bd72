import type { Db } from '@reserva/db';
import type { Actor } from '../../context.js';
import { failedRefundIdsOfBooking } from '../../repositories/refunds.repository.js';
import { bookingForMoney } from '../payments/booking-money.js';
import { requeueFailedRefunds } from './event-refunds.js';

/**
 * Staff queue a booking's given-up refunds again (REFUND_FAILED, visible on the booking): any
 * booking, not only an event's; a second click finds nothing left to queue.
 */
export async function retryBookingRefunds({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { bookingId: string };
}) {
  const booking = await bookingForMoney(db, actor, { id: input.bookingId });
  return db.transaction().execute(async (trx) => {
    const requeued = await requeueFailedRefunds(trx, await failedRefundIdsOfBooking(trx, booking.id), actor);
    return { bookingId: booking.id, requeued };
  });
}
