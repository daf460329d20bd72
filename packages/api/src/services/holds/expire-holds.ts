import type { Db } from '@reserva/db';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import { activeSeatIdsOf, lockLapsedHolds } from '../../repositories/holds.repository.js';
import { SYSTEM } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';

/**
 * HELD → EXPIRED for one lapsed hold, as `system`, announcing its seats as available — in the
 * caller's transaction. False when it is no longer HELD (someone got there first).
 */
export async function expireHold(trx: Executor, feed: ChangeFeed, bookingId: string, _now: Date) {
  const booking = await lockBooking(trx, { id: bookingId });
  if (booking?.status !== 'HELD') return false;
  const seatIds = await activeSeatIdsOf(trx, bookingId);
  await applyStatusChange(trx, booking, { to: 'EXPIRED', note: 'hold expired' }, SYSTEM);
  if (booking.eventId && seatIds.length > 0) {
    await publishSeatChange(feed, trx, booking.eventId, { seatIds, status: 'available', holdId: bookingId });
  }
  return true;
}

const BATCH_SIZE = 100;

/**
 * The sweeper: marks every lapsed hold EXPIRED (a batch per transaction, skipping holds another
 * process has locked and holds whose checkout is still in flight) and says how many it expired.
 * Seats of lapsed holds are already free to new holds; this makes it visible to every viewer.
 */
export async function expireStaleHolds({
  db,
  feed,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  now?: Date;
}): Promise<number> {
  let expired = 0;
  for (;;) {
    const { picked, moved } = await db.transaction().execute(async (trx) => {
      const candidates = await lockLapsedHolds(trx, { now, limit: BATCH_SIZE });
      // Events in one order: the change feed locks each event's topic at commit, and two sweepers
      // taking those locks in opposite orders would deadlock there.
      const byEvent = [...candidates].sort((a, b) => (a.eventId ?? '').localeCompare(b.eventId ?? ''));
      let moved = 0;
      for (const candidate of byEvent) {
        if (await expireHold(trx, feed, candidate.id, now)) moved += 1;
      }
      return { picked: candidates.length, moved };
    });
    expired += moved;
    if (picked < BATCH_SIZE || moved === 0) return expired;
  }
}
