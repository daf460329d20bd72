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
