import type { BusType, EventKind, EventStatus } from '@reserva/domain';
import { ACTIVE_STATUSES } from '@reserva/domain';
import type { Executor } from './bookings.repository.js';
import { EVENT_FACT_COLUMNS } from './columns.js';
import { type VenueScope, withinVenues } from './venue-scope.js';

const EVENT_COLUMNS = [
  ...EVENT_FACT_COLUMNS,
  'events.venue_id as venueId',
  'events.cancelled_at as cancelledAt',
  'events.cancel_reason as cancelReason',
  'events.created_at as createdAt',
] as const;

export interface EventFields {
  title?: string | undefined;
  origin?: string | null | undefined;
  destination?: string | null | undefined;
  startsAt?: Date | undefined;
  endsAt?: Date | undefined;
  priceMinor?: number | undefined;
  busType?: BusType | null | undefined;
  operatorWhatsapp?: string | null | undefined;
}

const columnsOf = (fields: EventFields) => ({
  ...(fields.title !== undefined ? { title: fields.title } : {}),
  ...(fields.origin !== undefined ? { origin: fields.origin } : {}),
  ...(fields.destination !== undefined ? { destination: fields.destination } : {}),
  ...(fields.startsAt !== undefined ? { starts_at: fields.startsAt } : {}),
  ...(fields.endsAt !== undefined ? { ends_at: fields.endsAt } : {}),
  ...(fields.priceMinor !== undefined ? { price_minor: fields.priceMinor } : {}),
  ...(fields.busType !== undefined ? { bus_type: fields.busType } : {}),
  ...(fields.operatorWhatsapp !== undefined ? { operator_whatsapp: fields.operatorWhatsapp } : {}),
});

export const insertEventRow = (
  db: Executor,
  event: EventFields & {
    venueId: string;
    layoutId: string;
    kind: EventKind;
    title: string;
    startsAt: Date;
    endsAt: Date;
    priceMinor: number;
  },
) =>
  db
    .insertInto('events')
    .values({
      ...columnsOf(event),
      venue_id: event.venueId,
      layout_id: event.layoutId,
      kind: event.kind,
      title: event.title,
      starts_at: event.startsAt,
      ends_at: event.endsAt,
      price_minor: event.priceMinor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const findEventRow = (db: Executor, id: string) =>
  db.selectFrom('events').select(EVENT_COLUMNS).where('id', '=', id).executeTakeFirst();

/**
 * Locks the event for the rest of the transaction. A hold or booking inserted on it takes a
 * key-share lock on this row (the foreign key), so it waits for us, and we wait for it.
 */
export const lockEvent = (db: Executor, id: string) =>
  db.selectFrom('events').select(EVENT_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const updateEventRow = (db: Executor, id: string, fields: EventFields) => {
  const set = columnsOf(fields);
  if (Object.keys(set).length === 0) return Promise.resolve();
  return db.updateTable('events').set(set).where('id', '=', id).execute();
};

export const markEventCancelled = (db: Executor, id: string, cancel: { reason: string; at: Date }) =>
  db
    .updateTable('events')
    .set({ status: 'cancelled', cancelled_at: cancel.at, cancel_reason: cancel.reason })
    .where('id', '=', id)
    .execute();

export const countActiveBookingsOfEvent = async (db: Executor, eventId: string) =>
  (
    await db
      .selectFrom('bookings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('event_id', '=', eventId)
      .where('status', 'in', ACTIVE_STATUSES)
      .executeTakeFirstOrThrow()
  ).n;

/** Active bookings (holds included) of the event, locked in id order so concurrent lockers never deadlock. */
export const lockActiveBookingsOfEvent = (db: Executor, eventId: string) =>
  db
    .selectFrom('bookings')
    .select(['id', 'status'])
    .where('event_id', '=', eventId)
    .where('status', 'in', ACTIVE_STATUSES)
    .orderBy('id')
    .forUpdate()
    .execute();

/** Seats (or desks) of a layout that can be sold: not blocked, not under maintenance. */
export const countOpenSeatsOfLayout = async (db: Executor, layoutId: string) =>
  (
    await db
      .selectFrom('resources')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('layout_id', '=', layoutId)
      .where('status', '=', 'available')
      .executeTakeFirstOrThrow()
  ).n;

export interface EventListFilter {
  venueId?: string | undefined;
  venueIds?: VenueScope;
  layoutId?: string | undefined;
  status?: EventStatus | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  skip: number;
  limit: number;
}

export const listEventsForAdmin = (db: Executor, filter: EventListFilter) => {
  let query = db
    .selectFrom('events')
    .innerJoin('venues', 'venues.id', 'events.venue_id')
    .innerJoin('layouts', 'layouts.id', 'events.layout_id');
  if (filter.venueId) query = query.where('events.venue_id', '=', filter.venueId);
  if (filter.venueIds) query = query.where(withinVenues('events.venue_id', filter.venueIds));
  if (filter.layoutId) query = query.where('events.layout_id', '=', filter.layoutId);
  if (filter.status) query = query.where('events.status', '=', filter.status);
  if (filter.from) query = query.where('events.ends_at', '>', filter.from);
  if (filter.to) query = query.where('events.starts_at', '<', filter.to);
  return Promise.all([
    query
      .select([
        ...EVENT_COLUMNS,
        'venues.name as venueName',
        'layouts.name as layoutName',
        (eb) =>
          eb
            .selectFrom('bookings')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('bookings.event_id', '=', 'events.id')
            .where('bookings.status', 'in', ACTIVE_STATUSES)
            .as('activeBookingCount'),
      ])
      .orderBy('events.starts_at')
      .orderBy('events.id')
      .offset(filter.skip)
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]).then(([items, { total }]) => ({ items, total }));
};
