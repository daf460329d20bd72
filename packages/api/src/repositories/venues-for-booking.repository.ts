import type { Executor } from './bookings.repository.js';

export const findBookableVenue = (db: Executor, id: string) =>
  db
    .selectFrom('venues')
    .select(['id', 'name', 'kind', 'time_zone as timeZone', 'currency', 'settings', 'active'])
    .where('id', '=', id)
    .executeTakeFirst();
