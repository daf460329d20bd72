import type { Database, SeatClass } from '@reserva/db';
import type { TestDatabase } from '@reserva/db/testing';
import type { VenueSettings } from '@reserva/domain';
import { type Kysely, sql } from 'kysely';
import { insertVenue } from '../../test-fixtures.js';

/** A seat venue with one seat grid: rows A, B, … and seats 1, 2, … (cinema style labels). */
export async function insertSeatVenue(
  database: TestDatabase,
  options: {
    kind?: 'cinema' | 'bus';
    slug: string;
    rows: number;
    cols: number;
    seatClasses?: SeatClass[];
    /** The class of a seat by its row (0-based); none when omitted. */
    classOfRow?: (row: number) => string | null;
    blocked?: string[];
    settings?: Partial<VenueSettings>;
    whatsapp?: string | null;
    layoutName?: string;
  },
) {
  const venue = await insertVenue(database, {
    kind: options.kind ?? 'cinema',
    slug: options.slug,
    settings: options.settings ?? {},
  });
  if (options.whatsapp !== undefined) {
    await database.db
      .updateTable('venues')
      .set({ whatsapp: options.whatsapp })
      .where('id', '=', venue.id)
      .execute();
  }
  const layoutId = await insertLayoutSeats(database, venue.id, options);
  return { venueId: venue.id, ...layoutId };
}

export async function insertLayoutSeats(
  database: TestDatabase,
  venueId: string,
  options: {
    rows: number;
    cols: number;
    seatClasses?: SeatClass[];
    classOfRow?: (row: number) => string | null;
    blocked?: string[];
    layoutName?: string;
  },
) {
  const layout = await database.db
    .insertInto('layouts')
    .values({
      venue_id: venueId,
      name: options.layoutName ?? 'Studio 1',
      kind: 'hall',
      rows: options.rows,
      cols: options.cols,
      front_label: 'LAYAR',
      seat_classes: JSON.stringify(options.seatClasses ?? []),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const values = [];
  for (let row = 0; row < options.rows; row++) {
    for (let col = 0; col < options.cols; col++) {
      const label = `${String.fromCharCode(65 + row)}${col + 1}`;
      values.push({
        venue_id: venueId,
        layout_id: layout.id,
        kind: 'seat' as const,
        label,
        area: options.classOfRow?.(row) ?? null,
        status: options.blocked?.includes(label) ? ('blocked' as const) : ('available' as const),
        pos_row: row,
        pos_col: col,
        sort_order: row * options.cols + col,
      });
    }
  }
  const rows = await database.db.insertInto('resources').values(values).returning(['id', 'label']).execute();
  return {
    layoutId: layout.id,
    seats: Object.fromEntries(rows.map((row) => [row.label, row.id])) as Record<string, string>,
  };
}

const HOUR_MS = 3_600_000;

export async function insertEvent(
  database: TestDatabase,
  event: {
    venueId: string;
    layoutId: string;
    title?: string;
    kind?: 'showtime' | 'trip';
    /** Hours from now; may be negative for an event that has started. */
    startsInHours?: number;
    hours?: number;
    priceMinor?: number;
    status?: 'scheduled' | 'cancelled';
    origin?: string;
    destination?: string;
    operatorWhatsapp?: string;
  },
) {
  const startsAt = new Date(Date.now() + (event.startsInHours ?? 24) * HOUR_MS);
  const row = await database.db
    .insertInto('events')
    .values({
      venue_id: event.venueId,
      layout_id: event.layoutId,
      kind: event.kind ?? 'showtime',
      title: event.title ?? 'Agak Laen',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + (event.hours ?? 2) * HOUR_MS),
      price_minor: event.priceMinor ?? 50_000,
      status: event.status ?? 'scheduled',
      origin: event.origin ?? null,
      destination: event.destination ?? null,
      operator_whatsapp: event.operatorWhatsapp ?? null,
      bus_type: event.kind === 'trip' ? 'Executive' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Seats in two holds (or a hold and a booking) at once: must always be empty. */
export async function doublyHeldSeats(database: TestDatabase) {
  return database.db
    .selectFrom('booking_items as a')
    .innerJoin('booking_items as b', (join) =>
      join.onRef('a.resource_id', '=', 'b.resource_id').onRef('a.booking_id', '<', 'b.booking_id'),
    )
    .select('a.resource_id')
    .where('a.active', '=', true)
    .where('b.active', '=', true)
    .where(sql<boolean>`a.period && b.period`)
    .execute();
}

export async function tableCounts(database: TestDatabase) {
  const count = async (
    table: 'bookings' | 'booking_items' | 'payments' | 'change_feed' | 'booking_history',
  ) =>
    (
      await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return {
    bookings: await count('bookings'),
    items: await count('booking_items'),
    activeItems: (
      await database.db
        .selectFrom('booking_items')
        .where('active', '=', true)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    payments: await count('payments'),
    changes: await count('change_feed'),
    history: await count('booking_history'),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `count` queries of this database are waiting for a lock held by the test. */
export async function waitForLockWaiters(database: TestDatabase, count: number) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await sql<{ waiting: number }>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'
    `.execute(database.db);
    if (rows[0]!.waiting >= count) return;
    await sleep(25);
  }
  throw new Error(`${count} queries never waited for the lock`);
}

/**
 * A checkout's first step by hand, as `holds.checkout` takes it: a PENDING card payment and the
 * hold's checkout mark, `minutesAgo` in the past (on `executor`, which may be a transaction the test
 * keeps open).
 */
export async function startCheckoutByHand(
  executor: Kysely<Database>,
  { holdId, key, minutesAgo = 0 }: { holdId: string; key: string; minutesAgo?: number },
) {
  const startedAt = sql<Date>`now() - make_interval(mins => ${minutesAgo})`;
  await sql`INSERT INTO payments (booking_id, provider, status, amount_minor, currency, idempotency_key, created_at)
    VALUES (${holdId}, 'card', 'PENDING', 50000, 'IDR', ${key}, ${startedAt})`.execute(executor);
  await sql`UPDATE bookings SET checkout_started_at = ${startedAt} WHERE id = ${holdId}`.execute(executor);
}
