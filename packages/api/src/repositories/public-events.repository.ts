import type { EventKind } from '@reserva/domain';
import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Executor } from './bookings.repository.js';
import { EVENT_FACT_COLUMNS } from './columns.js';
import { freeSeatCount } from './seats.repository.js';

const EVENT_COLUMNS = [
  ...EVENT_FACT_COLUMNS,
  'venues.id as venueId',
  'venues.slug as venueSlug',
  'venues.name as venueName',
  'venues.kind as venueKind',
  'venues.city as venueCity',
  'venues.time_zone as timeZone',
  'venues.currency',
  'venues.whatsapp as venueWhatsapp',
] as const;

const selectEvents = (db: Executor, now: Date) =>
  db
    .selectFrom('events')
    .innerJoin('venues', 'venues.id', 'events.venue_id')
    .select(EVENT_COLUMNS)
    .select(freeSeatCount(now).as('freeSeats'))
    .where('venues.active', '=', true);

export interface EventFilter {
  venueId?: string | undefined;
  kind?: EventKind | undefined;
  from: Date;
  to?: Date | undefined;
  origin?: string | undefined;
  destination?: string | undefined;
  limit: number;
}

/** Scheduled events starting in [from, to), soonest first; places compared case-insensitively. */
export const listScheduledEvents = (db: Executor, filter: EventFilter, now: Date) => {
  let query = selectEvents(db, now)
    .where('events.status', '=', 'scheduled')
    .where('events.starts_at', '>=', filter.from);
  if (filter.to) query = query.where('events.starts_at', '<', filter.to);
  if (filter.venueId) query = query.where('events.venue_id', '=', filter.venueId);
  if (filter.kind) query = query.where('events.kind', '=', filter.kind);
  if (filter.origin) {
    const origin = filter.origin.toLowerCase();
    query = query.where((eb) => eb(eb.fn('lower', ['events.origin']), '=', origin));
  }
  if (filter.destination) {
    const destination = filter.destination.toLowerCase();
    query = query.where((eb) => eb(eb.fn('lower', ['events.destination']), '=', destination));
  }
  return query.orderBy('events.starts_at').orderBy('events.id').limit(filter.limit).execute();
};

/** One event (scheduled or cancelled) with its venue's settings and its layout's summary. */
export const findPublicEvent = (db: Executor, id: string, now: Date) =>
  selectEvents(db, now)
    .innerJoin('layouts', 'layouts.id', 'events.layout_id')
    .select((eb) => [
      'venues.settings',
      'layouts.name as layoutName',
      'layouts.kind as layoutKind',
      'layouts.rows',
      'layouts.cols',
      'layouts.front_label as frontLabel',
      'layouts.seat_classes as seatClasses',
      eb.fn
        .coalesce(
          eb
            .selectFrom('resources')
            .select((sub) => sub.fn.countAll<number>().as('n'))
            .whereRef('resources.layout_id', '=', 'events.layout_id')
            .where('resources.kind', '=', 'seat'),
          eb.lit(0),
        )
        .as('seatCount'),
    ])
    .where('events.id', '=', id)
    .executeTakeFirst();

export type PublicEventRow = NonNullable<Awaited<ReturnType<typeof findPublicEvent>>>;

/**
 * What holds on an event need to know, in one query: the event's status, timing and price, its
 * venue's settings, its layout's seat classes, the version (`xmin`) of each of those three rows,
 * and every seat of the layout in seat-map order. A layout's row changes with its seats (see
 * `updateLayoutRow`), so its version covers them too.
 */
export const findEventForHold = (db: Executor, id: string) =>
  db
    .selectFrom('events')
    .innerJoin('venues', 'venues.id', 'events.venue_id')
    .innerJoin('layouts', 'layouts.id', 'events.layout_id')
    .select((eb) => [
      'events.id',
      'events.kind',
      'events.status',
      'events.starts_at as startsAt',
      'events.ends_at as endsAt',
      'events.price_minor as priceMinor',
      'events.layout_id as layoutId',
      'events.venue_id as venueId',
      'venues.active as venueActive',
      'venues.currency',
      'venues.settings',
      'layouts.seat_classes as seatClasses',
      sql<string>`events.xmin::text`.as('eventVersion'),
      sql<string>`venues.xmin::text`.as('venueVersion'),
      sql<string>`layouts.xmin::text`.as('layoutVersion'),
      jsonArrayFrom(
        eb
          .selectFrom('resources')
          .select(['resources.id', 'resources.label', 'resources.area as seatClass', 'resources.status'])
          .whereRef('resources.layout_id', '=', 'events.layout_id')
          .where('resources.kind', '=', 'seat')
          .orderBy('resources.pos_row')
          .orderBy('resources.pos_col')
          .orderBy('resources.label'),
      ).as('seats'),
    ])
    .where('events.id', '=', id)
    .executeTakeFirst();

/**
 * The event row, share-locked until the transaction ends: a cancellation (which updates the row)
 * waits for a payment to commit and then sees it, or commits first and the payment sees that. Lock
 * the event before its bookings, as the cancellation does, so the two never deadlock.
 */
export const lockEventForHold = (trx: Executor, id: string) =>
  trx.selectFrom('events').select(['status', 'kind']).where('id', '=', id).forShare().executeTakeFirst();
