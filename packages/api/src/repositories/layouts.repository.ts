import type { SeatClass } from '@reserva/db';
import type { GeneratedSeat, LayoutKind, ResourceKind } from '@reserva/domain';
import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';
import { type VenueScope, withinVenues } from './venue-scope.js';

const LAYOUT_COLUMNS = [
  'layouts.id',
  'layouts.venue_id as venueId',
  'layouts.name',
  'layouts.kind',
  'layouts.rows',
  'layouts.cols',
  'layouts.front_label as frontLabel',
  'layouts.seat_classes as seatClasses',
  'layouts.created_at as createdAt',
] as const;

export const findLayout = (db: Executor, id: string) =>
  db.selectFrom('layouts').select(LAYOUT_COLUMNS).where('id', '=', id).executeTakeFirst();

/**
 * Locks the layout for the rest of the transaction. Inserting an event on it takes a key-share lock
 * on this row (the foreign key), so "no events yet" stays true until we commit.
 */
export const lockLayout = (db: Executor, id: string) =>
  db.selectFrom('layouts').select(LAYOUT_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const insertLayoutRow = (
  db: Executor,
  layout: {
    venueId: string;
    name: string;
    kind: LayoutKind;
    rows: number;
    cols: number;
    frontLabel: string | null;
    seatClasses: readonly SeatClass[];
  },
) =>
  db
    .insertInto('layouts')
    .values({
      venue_id: layout.venueId,
      name: layout.name,
      kind: layout.kind,
      rows: layout.rows,
      cols: layout.cols,
      front_label: layout.frontLabel,
      // `pg` would send a JS array as a PostgreSQL array literal, not JSON.
      seat_classes: JSON.stringify(layout.seatClasses),
    })
    .returning('id')
    .executeTakeFirstOrThrow();

/**
 * Rewrites the layout's row, the given fields and `updated_at`, with every change of the layout —
 * its seats' too: a server that remembers the seats of an event's layout knows them changed by it.
 */
export const updateLayoutRow = (
  db: Executor,
  id: string,
  patch: {
    name?: string | undefined;
    frontLabel?: string | null | undefined;
    rows?: number | undefined;
    cols?: number | undefined;
    seatClasses?: readonly SeatClass[] | undefined;
  },
) => {
  const set = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.frontLabel !== undefined ? { front_label: patch.frontLabel } : {}),
    ...(patch.rows !== undefined ? { rows: patch.rows } : {}),
    ...(patch.cols !== undefined ? { cols: patch.cols } : {}),
    ...(patch.seatClasses !== undefined ? { seat_classes: JSON.stringify(patch.seatClasses) } : {}),
    updated_at: new Date(),
  };
  return db.updateTable('layouts').set(set).where('id', '=', id).execute();
};

export const insertLayoutSeats = async (
  db: Executor,
  layout: { venueId: string; layoutId: string; resourceKind: ResourceKind },
  seats: readonly GeneratedSeat[],
) => {
  // 2,500 seats × 11 columns stays under PostgreSQL's 65,535 parameters per statement.
  await db
    .insertInto('resources')
    .values(
      seats.map((seat) => ({
        venue_id: layout.venueId,
        layout_id: layout.layoutId,
        kind: layout.resourceKind,
        label: seat.label,
        capacity: 1,
        area: seat.seatClass,
        price_minor: seat.priceMinor,
        status: seat.blocked ? ('blocked' as const) : ('available' as const),
        pos_row: seat.row,
        pos_col: seat.col,
        sort_order: seat.sortOrder,
      })),
    )
    .execute();
};

export const deleteLayoutSeats = (db: Executor, layoutId: string) =>
  db.deleteFrom('resources').where('layout_id', '=', layoutId).execute();

export const deleteLayoutRow = (db: Executor, id: string) =>
  db.deleteFrom('layouts').where('id', '=', id).executeTakeFirst();

export const seatsOfLayout = (db: Executor, layoutId: string) =>
  db
    .selectFrom('resources')
    .select([
      'id',
      'label',
      'pos_row as row',
      'pos_col as col',
      'area as seatClass',
      'price_minor as priceMinor',
      'status',
    ])
    .where('layout_id', '=', layoutId)
    .orderBy('sort_order')
    .orderBy('label')
    .execute();

/** Events ever scheduled on the layout (cancelled ones too: their bookings still name its seats). */
export const countEventsOnLayout = async (db: Executor, layoutId: string) =>
  (
    await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('layout_id', '=', layoutId)
      .executeTakeFirstOrThrow()
  ).n;

/** Booking items on the layout's seats or desks, past or present: those rows keep the resources alive. */
export const countBookingItemsOnLayout = async (db: Executor, layoutId: string) =>
  (
    await db
      .selectFrom('booking_items')
      .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('resources.layout_id', '=', layoutId)
      .executeTakeFirstOrThrow()
  ).n;

/** Blocks exactly the given labels; other blocked seats open again (seats under maintenance stay so). */
export const setBlockedSeats = (db: Executor, layoutId: string, blockedLabels: readonly string[]) =>
  db
    .updateTable('resources')
    .set({
      status: blockedLabels.length
        ? sql<
            'blocked' | 'available'
          >`CASE WHEN label IN (${sql.join(blockedLabels)}) THEN 'blocked' ELSE 'available' END`
        : 'available',
    })
    .where('layout_id', '=', layoutId)
    .where((eb) =>
      blockedLabels.length
        ? eb.or([eb('status', '=', 'blocked'), eb('label', 'in', blockedLabels)])
        : eb('status', '=', 'blocked'),
    )
    .execute();

/** Every seat of a class takes the class's price. */
export const setClassPrice = (db: Executor, layoutId: string, seatClass: SeatClass) =>
  db
    .updateTable('resources')
    .set({ price_minor: seatClass.priceMinor })
    .where('layout_id', '=', layoutId)
    .where('area', '=', seatClass.name)
    .execute();

export const listLayoutSummaries = (
  db: Executor,
  filter: { venueId?: string | undefined; venueIds?: VenueScope },
) => {
  let query = db
    .selectFrom('layouts')
    .innerJoin('venues', 'venues.id', 'layouts.venue_id')
    .select([
      ...LAYOUT_COLUMNS,
      'venues.name as venueName',
      (eb) =>
        eb
          .selectFrom('resources')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('resources.layout_id', '=', 'layouts.id')
          .as('seatCount'),
      (eb) =>
        eb
          .selectFrom('resources')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('resources.layout_id', '=', 'layouts.id')
          .where('resources.status', '=', 'blocked')
          .as('blockedCount'),
      (eb) =>
        eb
          .selectFrom('events')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('events.layout_id', '=', 'layouts.id')
          .as('eventCount'),
    ]);
  if (filter.venueId) query = query.where('layouts.venue_id', '=', filter.venueId);
  if (filter.venueIds) query = query.where(withinVenues('layouts.venue_id', filter.venueIds));
  return query.orderBy('venues.name').orderBy('layouts.name').execute();
};
