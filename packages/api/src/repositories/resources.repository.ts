import type { ResourceKind } from '@reserva/domain';
import { sql } from 'kysely';
import { type Executor, periodOf } from './bookings.repository.js';

const RESOURCE_COLUMNS = [
  'resources.id',
  'resources.venue_id as venueId',
  'resources.layout_id as layoutId',
  'resources.kind',
  'resources.label',
  'resources.capacity',
  'resources.area',
  'resources.price_minor as priceMinor',
  'resources.status',
  'resources.pos_row as row',
  'resources.pos_col as col',
] as const;

export const findResource = (db: Executor, id: string) =>
  db.selectFrom('resources').select(RESOURCE_COLUMNS).where('id', '=', id).executeTakeFirst();

export const resourcesOfVenue = (db: Executor, venueId: string, kind: ResourceKind) =>
  db
    .selectFrom('resources')
    .select(RESOURCE_COLUMNS)
    .where('venue_id', '=', venueId)
    .where('kind', '=', kind)
    .orderBy('sort_order')
    .orderBy('label')
    .execute();

/** Active items of the given resources overlapping `[start, end)`: who is busy when. */
export const busyItems = (db: Executor, resourceIds: readonly string[], start: Date, end: Date) =>
  resourceIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('booking_items')
        .select([
          'booking_items.resource_id as resourceId',
          sql<Date>`lower(booking_items.period)`.as('start'),
          sql<Date>`upper(booking_items.period)`.as('end'),
        ])
        .where('booking_items.resource_id', 'in', resourceIds)
        .where('booking_items.active', '=', true)
        .where(sql<boolean>`booking_items.period && ${periodOf(start, end)}::tstzrange`)
        .execute();
