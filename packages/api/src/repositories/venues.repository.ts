import type { Db } from '@reserva/db';
import type { VenueKind } from '@reserva/domain';
import { VENUE_SUMMARY_COLUMNS } from './columns.js';

export const listActiveVenues = (db: Db, kind?: VenueKind) => {
  let query = db.selectFrom('venues').select(VENUE_SUMMARY_COLUMNS).where('active', '=', true);
  if (kind) query = query.where('kind', '=', kind);
  return query.orderBy('kind').orderBy('name').execute();
};

export const findVenue = (db: Db, by: { id: string } | { slug: string }) =>
  db
    .selectFrom('venues')
    .select([...VENUE_SUMMARY_COLUMNS, 'venues.settings', 'venues.active'])
    .where((eb) => ('id' in by ? eb('venues.id', '=', by.id) : eb('venues.slug', '=', by.slug)))
    .executeTakeFirst();

export const resourceSummary = (db: Db, venueId: string) =>
  db
    .selectFrom('resources')
    .select(['kind', 'area', (eb) => eb.fn.countAll<number>().as('count')])
    .where('venue_id', '=', venueId)
    .groupBy(['kind', 'area'])
    .orderBy('area')
    .execute();

export const layoutsWithSeatCount = (db: Db, venueId: string) =>
  db
    .selectFrom('layouts')
    .leftJoin('resources', 'resources.layout_id', 'layouts.id')
    .select([
      'layouts.id',
      'layouts.name',
      'layouts.kind',
      'layouts.rows',
      'layouts.cols',
      (eb) => eb.fn.count<number>('resources.id').as('seatCount'),
    ])
    .where('layouts.venue_id', '=', venueId)
    .groupBy('layouts.id')
    .orderBy('layouts.name')
    .execute();
