import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/**
 * Candidates are locked as they are picked and rows another process holds are skipped, so several
 * sweepers never pick the same booking; the caller changes them in the same transaction.
 */
interface Batch {
  now: Date;
  limit: number;
}

/** Confirmed restaurant and hotel bookings, never checked in, whose start + grace period has passed. */
export const lockDueNoShows = (
  trx: Executor,
  { now, limit, defaultGraceMinutes }: Batch & { defaultGraceMinutes: number },
) =>
  trx
    .selectFrom('bookings')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select(['bookings.id', 'bookings.status'])
    .where('bookings.status', '=', 'CONFIRMED')
    .where('bookings.event_id', 'is', null)
    .where('venues.kind', 'in', ['restaurant', 'hotel'])
    // Lets the (status, starts_at) index narrow the scan before the per-venue grace is applied.
    .where('bookings.starts_at', '<=', now)
    .where(
      sql<boolean>`bookings.starts_at
        + coalesce((venues.settings->>'graceMinutes')::numeric, ${defaultGraceMinutes}) * interval '1 minute'
        <= ${now}`,
    )
    .orderBy('bookings.starts_at')
    .orderBy('bookings.id')
    .limit(limit)
    .forUpdate('bookings')
    .skipLocked()
    .execute();

/** Coworking bookings past their end that are still confirmed or checked in. */
export const lockFinishedCoworking = (trx: Executor, { now, limit }: Batch) =>
  trx
    .selectFrom('bookings')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select(['bookings.id', 'bookings.status'])
    .where('bookings.status', 'in', ['CONFIRMED', 'CHECKED_IN'])
    .where('venues.kind', '=', 'coworking')
    .where('bookings.ends_at', '<=', now)
    .orderBy('bookings.ends_at')
    .orderBy('bookings.id')
    .limit(limit)
    .forUpdate('bookings')
    .skipLocked()
    .execute();

/**
 * Live seat changes of events that ended before `endedBefore`, a batch at a time: nobody watches
 * their seat maps any more. Returns how many went.
 */
export const deleteChangesOfEndedEvents = async (
  db: Executor,
  { endedBefore, limit }: { endedBefore: Date; limit: number },
) => {
  const result = await sql`
    DELETE FROM change_feed WHERE entry IN (
      SELECT c.entry FROM change_feed c JOIN events e ON c.topic = 'event:' || e.id || ':seats'
      WHERE e.ends_at < ${endedBefore}
      LIMIT ${limit}
    )
  `.execute(db);
  return Number(result.numAffectedRows ?? 0);
};
