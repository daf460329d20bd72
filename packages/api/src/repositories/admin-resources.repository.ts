import type { ResourceKind, ResourceStatus } from '@reserva/domain';
import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';
import { RESOURCE_COLUMNS } from './columns.js';

export interface ResourceFields {
  label?: string | undefined;
  capacity?: number | undefined;
  area?: string | null | undefined;
  priceMinor?: number | undefined;
  status?: ResourceStatus | undefined;
  row?: number | null | undefined;
  col?: number | null | undefined;
}

const columnsOf = (fields: ResourceFields) => ({
  ...(fields.label !== undefined ? { label: fields.label } : {}),
  ...(fields.capacity !== undefined ? { capacity: fields.capacity } : {}),
  ...(fields.area !== undefined ? { area: fields.area } : {}),
  ...(fields.priceMinor !== undefined ? { price_minor: fields.priceMinor } : {}),
  ...(fields.status !== undefined ? { status: fields.status } : {}),
  ...(fields.row !== undefined ? { pos_row: fields.row } : {}),
  ...(fields.col !== undefined ? { pos_col: fields.col } : {}),
});

/** Active booking items of the resource that have not ended yet. */
const upcomingItems = (db: Executor, now: Date) =>
  db
    .selectFrom('booking_items')
    .where('booking_items.active', '=', true)
    .where(sql<boolean>`upper(booking_items.period) > ${now}`);

export const insertResourceRow = (
  db: Executor,
  resource: ResourceFields & { venueId: string; kind: ResourceKind; label: string },
) =>
  db
    .insertInto('resources')
    .values((eb) => ({
      ...columnsOf(resource),
      venue_id: resource.venueId,
      kind: resource.kind,
      label: resource.label,
      // New places go to the end of the venue's list.
      sort_order: eb
        .selectFrom('resources')
        .select(sql<number>`coalesce(max(sort_order) + 1, 0)`.as('next'))
        .where('venue_id', '=', resource.venueId),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();

/** Locks the resource: a booking inserted on it takes a key-share lock on this row, so it waits for us. */
export const lockResource = (db: Executor, id: string) =>
  db.selectFrom('resources').select(RESOURCE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const updateResourceRow = (db: Executor, id: string, fields: ResourceFields) => {
  const set = columnsOf(fields);
  if (Object.keys(set).length === 0) return Promise.resolve();
  return db.updateTable('resources').set(set).where('id', '=', id).execute();
};

export const deleteResourceRow = (db: Executor, id: string) =>
  db.deleteFrom('resources').where('id', '=', id).execute();

export const countUpcomingBookingsOf = async (db: Executor, resourceId: string, now: Date) =>
  (
    await upcomingItems(db, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('booking_items.resource_id', '=', resourceId)
      .executeTakeFirstOrThrow()
  ).n;

export const countBookingItemsOf = async (db: Executor, resourceId: string) =>
  (
    await db
      .selectFrom('booking_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resource_id', '=', resourceId)
      .executeTakeFirstOrThrow()
  ).n;

export const listResourcesForAdmin = (
  db: Executor,
  filter: {
    venueId?: string | undefined;
    ids?: string[] | undefined;
    kind?: ResourceKind | undefined;
    status?: ResourceStatus | undefined;
    pattern?: string | undefined;
    now: Date;
  },
) => {
  let query = db
    .selectFrom('resources')
    .select([
      ...RESOURCE_COLUMNS,
      (eb) =>
        eb
          .selectFrom('booking_items')
          .select(sql<number>`count(DISTINCT booking_items.booking_id)::int`.as('n'))
          .whereRef('booking_items.resource_id', '=', 'resources.id')
          .where('booking_items.active', '=', true)
          .where(sql<boolean>`upper(booking_items.period) > ${filter.now}`)
          .as('upcomingBookingCount'),
    ]);
  if (filter.venueId) query = query.where('resources.venue_id', '=', filter.venueId);
  if (filter.ids) query = query.where('resources.id', 'in', filter.ids);
  if (filter.kind) query = query.where('resources.kind', '=', filter.kind);
  if (filter.status) query = query.where('resources.status', '=', filter.status);
  if (filter.pattern) {
    const pattern = filter.pattern;
    query = query.where((eb) =>
      eb.or([eb('resources.label', 'ilike', pattern), eb('resources.area', 'ilike', pattern)]),
    );
  }
  return query.orderBy('resources.sort_order').orderBy('resources.label').execute();
};
