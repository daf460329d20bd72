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

/**
 * Resources of a venue that fit (capacity, area/type, available) and have no active item
 * overlapping `[start, end)`, smallest capacity first: the best fit leads.
 */
export const freeFittingResources = (
  db: Executor,
  filter: {
    venueId: string;
    kind: ResourceKind;
    minCapacity: number;
    area?: string | null;
    start: Date;
    end: Date;
  },
) => {
  let query = db
    .selectFrom('resources')
    .select(RESOURCE_COLUMNS)
    .where('resources.venue_id', '=', filter.venueId)
    .where('resources.kind', '=', filter.kind)
    .where('resources.status', '=', 'available')
    .where('resources.capacity', '>=', filter.minCapacity)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('booking_items')
            .select('booking_items.id')
            .whereRef('booking_items.resource_id', '=', 'resources.id')
            .where('booking_items.active', '=', true)
            .where(sql<boolean>`booking_items.period && ${periodOf(filter.start, filter.end)}::tstzrange`),
        ),
      ),
    );
  if (filter.area) query = query.where('resources.area', '=', filter.area);
  return query
    .orderBy('resources.capacity')
    .orderBy('resources.sort_order')
    .orderBy('resources.label')
    .execute();
};

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
