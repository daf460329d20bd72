import type { ResourceKind } from '@reserva/domain';
import { sql } from 'kysely';
import { type Executor, periodOf } from './bookings.repository.js';
import { RESOURCE_COLUMNS } from './columns.js';

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

/**
 * The places a booking could move to: usable, big enough, and not taken by another active booking
 * during `[start, end)`; best fit (smallest) first.
 */
export const assignableResources = (
  db: Executor,
  filter: {
    venueId: string;
    kind: ResourceKind;
    minCapacity: number;
    start: Date;
    end: Date;
    bookingId: string;
  },
) =>
  db
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
            .where('booking_items.booking_id', '<>', filter.bookingId)
            .where(sql<boolean>`booking_items.period && ${periodOf(filter.start, filter.end)}::tstzrange`),
        ),
      ),
    )
    .orderBy('resources.capacity')
    .orderBy('resources.sort_order')
    .orderBy('resources.label')
    .execute();
