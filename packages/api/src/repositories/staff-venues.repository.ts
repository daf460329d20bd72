import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/** The venues of a user as an array, for a `select` on `users`. */
export const staffVenueIds = sql<string[]>`array(
  SELECT venue_id FROM staff_venues WHERE user_id = users.id ORDER BY venue_id
)`;

/** Which of these venue ids exist. */
export const existingVenueIds = async (db: Executor, ids: readonly string[]) =>
  ids.length === 0
    ? []
    : (await db.selectFrom('venues').select('id').where('id', 'in', ids).execute()).map((row) => row.id);

/** Makes the user's venues exactly `venueIds`. */
export async function replaceStaffVenues(db: Executor, userId: string, venueIds: readonly string[]) {
  let removal = db.deleteFrom('staff_venues').where('user_id', '=', userId);
  if (venueIds.length > 0) removal = removal.where('venue_id', 'not in', venueIds);
  await removal.execute();
  if (venueIds.length === 0) return;
  await db
    .insertInto('staff_venues')
    .values(venueIds.map((venueId) => ({ user_id: userId, venue_id: venueId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export const staffVenueIdsOf = async (db: Executor, userId: string) =>
  (
    await db
      .selectFrom('staff_venues')
      .select('venue_id')
      .where('user_id', '=', userId)
      .orderBy('venue_id')
      .execute()
  ).map((row) => row.venue_id);
