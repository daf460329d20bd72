import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/** `version` is the row's `xmin`: it changes with every update, whoever makes it. */
export const findBookableVenue = (db: Executor, id: string) =>
  db
    .selectFrom('venues')
    .select([
      'id',
      'name',
      'kind',
      'time_zone as timeZone',
      'currency',
      'settings',
      'active',
      sql<string>`xmin::text`.as('version'),
    ])
    .where('id', '=', id)
    .executeTakeFirst();
