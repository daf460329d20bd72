import { type Db, transact } from '@reserva/db';
import { conflict, isActiveStatus, notFound } from '@reserva/domain';
import type { Actor } from '../context.js';
import type { ChangeFeed } from '../live/change-feed.js';
import { publishSeatChange } from '../live/seat-changes.js';
import {
  lockActiveBookingsOfEvent,
  lockEvent,
  markEventCancelled,
} from '../repositories/admin-events.repository.js';
import { itemsOf, lockBooking } from '../repositories/bookings.repository.js';
import { historyActor } from './actor.js';
import { applyStatusChange } from './booking-lifecycle.service.js';
import { refundEndedBooking } from './refunds/cancellation-refund.js';

/**
 * Cancels an event in one transaction: the event, every active booking and hold on it (through the
 * lifecycle, reason VENUE_CANCELLED), the freed seats announced to every seat-map viewer, and one
 * refund job per successful payment, sent on this same transaction so it exists exactly when the
 * cancellation commits. The refunds themselves happen later, in the worker.
 */
export async function cancelEvent({
  db,
  feed,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  actor: Actor;
  input: { id: string; reason: string };
  now?: Date;
}) {
  return transact(db, async (trx) => {
    const event = await lockEvent(trx, input.id);
    if (!event) throw notFound('Event');
    if (event.status === 'cancelled') throw conflict('This event is already cancelled');
    if (event.endsAt.getTime() <= now.getTime()) {
      throw conflict('This event has already taken place; it cannot be cancelled');
    }
    await markEventCancelled(trx, event.id, { reason: input.reason, at: now });

    const candidates = await lockActiveBookingsOfEvent(trx, event.id);
    const who = historyActor(actor);
    const cancelled: string[] = [];
    let releasedHolds = 0;
    let refundsQueued = 0;
    for (const candidate of candidates) {
      const booking = await lockBooking(trx, { id: candidate.id });
      if (!booking || !isActiveStatus(booking.status)) continue;
      if (booking.status === 'HELD') releasedHolds += 1;
      await applyStatusChange(
        trx,
        booking,
        { to: 'CANCELLED', reason: 'VENUE_CANCELLED', description: input.reason },
        who,
      );
      cancelled.push(booking.id);
      const queued = await refundEndedBooking(trx, booking, {
        cause: 'venue',
        source: 'event',
        actor: who,
        now,
        note: input.reason,
      });
      refundsQueued += queued.length;
    }

    const items = await itemsOf(trx, cancelled);
    const seatIds = [...new Set(items.map((item) => item.resourceId))];
    if (seatIds.length > 0) await publishSeatChange(feed, trx, event.id, { seatIds, status: 'available' });

    return {
      id: event.id,
      status: 'cancelled' as const,
      cancelledAt: now,
      cancelledBookings: cancelled.length - releasedHolds,
      releasedHolds,
      seatsFreed: seatIds.length,
      refundsQueued,
    };
  });
}
