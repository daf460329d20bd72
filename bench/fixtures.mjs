import { randomUUID } from 'node:crypto';
import { addDays, startOfLocalDay, todayIn } from '../packages/domain/dist/index.js';

export const TIME_ZONE = 'Asia/Jakarta';
export const MINUTE_MS = 60_000;

/** Venue-local midnight `days` after today: the bench books only the future, as customers do. */
export function localMidnight(daysFromToday, timeZone = TIME_ZONE) {
  return startOfLocalDay(addDays(todayIn(timeZone, new Date()), daysFromToday), timeZone);
}

export const localDate = (daysFromToday, timeZone = TIME_ZONE) =>
  addDays(todayIn(timeZone, new Date()), daysFromToday);

/**
 * A restaurant and its tables, written by SQL like an admin would leave them. Tables sort by
 * label, so the API's best fit (smallest capacity, then sort order, then label) is predictable.
 */
export async function insertRestaurant(pool, { slug, settings, tables }) {
  const {
    rows: [venue],
  } = await pool.query(
    `INSERT INTO venues (slug, kind, name, time_zone, currency, settings)
     VALUES ($1, 'restaurant', $2, $3, 'IDR', $4) RETURNING id`,
    [slug, `Bench ${slug}`, TIME_ZONE, JSON.stringify(settings)],
  );
  const { rows } = await pool.query(
    `INSERT INTO resources (venue_id, kind, label, capacity, area, sort_order)
     SELECT $1, 'table', label, capacity, area, ordinality::int
     FROM unnest($2::text[], $3::int[], $4::text[]) WITH ORDINALITY AS t(label, capacity, area)
     RETURNING id, label, capacity`,
    [venue.id, tables.map((t) => t.label), tables.map((t) => t.capacity), tables.map((t) => t.area ?? null)],
  );
  rows.sort((a, b) => a.label.localeCompare(b.label));
  return { id: venue.id, tables: rows };
}

/**
 * Confirmed bookings with their history and one active item each, in three set-based statements:
 * fixtures of thousands of rows load in well under a second. Callers keep items of one table apart
 * in time; the exclusion constraint would refuse them otherwise.
 */
export async function insertBookings(pool, venueId, bookings, codePrefix) {
  const ids = bookings.map(() => randomUUID());
  const starts = bookings.map((b) => b.start.toISOString());
  const ends = bookings.map((b) => b.end.toISOString());
  await pool.query(
    `INSERT INTO bookings (id, code, venue_id, status, party_size, starts_at, ends_at, contact_name, contact_phone)
     SELECT id, $2 || '-' || ordinality, $1, 'CONFIRMED', party, s, e, 'Fixture guest', '+6281200000000'
     FROM unnest($3::uuid[], $4::int[], $5::timestamptz[], $6::timestamptz[])
       WITH ORDINALITY AS t(id, party, s, e)`,
    [venueId, codePrefix, ids, bookings.map((b) => b.partySize), starts, ends],
  );
  await pool.query(
    `INSERT INTO booking_history (booking_id, actor_label, from_status, to_status)
     SELECT id, 'guest', NULL, 'PENDING' FROM unnest($1::uuid[]) AS t(id)
     UNION ALL
     SELECT id, 'staff', 'PENDING', 'CONFIRMED' FROM unnest($1::uuid[]) AS t(id)`,
    [ids],
  );
  await pool.query(
    `INSERT INTO booking_items (booking_id, resource_id, period)
     SELECT id, resource, tstzrange(s, e, '[)')
     FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS t(id, resource, s, e)`,
    [ids, bookings.map((b) => b.resourceId), starts, ends],
  );
}

export const HOUR_MS = 3_600_000;

const rowLetter = (row) => String.fromCharCode(65 + row);

/**
 * A cinema hall like an admin would leave it: `rows` × `cols` seats labelled A1, A2, …, the back
 * rows of a dearer class, a few seats blocked. Each call adds a hall of its own to the venue, so
 * showtimes of different figures never share a layout (two events on one layout may not overlap).
 */
export async function insertCinemaHall(pool, { venueId, name, rows, cols, blocked = [] }) {
  const classes = [
    { name: 'Regular', priceMinor: 50_000 },
    { name: 'Premium', priceMinor: 75_000 },
  ];
  const {
    rows: [layout],
  } = await pool.query(
    `INSERT INTO layouts (venue_id, name, kind, rows, cols, front_label, seat_classes)
     VALUES ($1, $2, 'hall', $3, $4, 'LAYAR', $5) RETURNING id`,
    [venueId, name, rows, cols, JSON.stringify(classes)],
  );
  const labels = [];
  const areas = [];
  const statuses = [];
  const posRows = [];
  const posCols = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const label = `${rowLetter(row)}${col + 1}`;
      labels.push(label);
      areas.push(row >= rows - 4 ? 'Premium' : 'Regular');
      statuses.push(blocked.includes(label) ? 'blocked' : 'available');
      posRows.push(row);
      posCols.push(col);
    }
  }
  const { rows: seats } = await pool.query(
    `INSERT INTO resources (venue_id, layout_id, kind, label, area, status, pos_row, pos_col, sort_order)
     SELECT $1, $2, 'seat', label, area, status, pos_row, pos_col, (ordinality - 1)::int
     FROM unnest($3::text[], $4::text[], $5::text[], $6::int[], $7::int[])
       WITH ORDINALITY AS t(label, area, status, pos_row, pos_col)
     RETURNING id, label, status, pos_row, pos_col`,
    [venueId, layout.id, labels, areas, statuses, posRows, posCols],
  );
  seats.sort((a, b) => a.pos_row - b.pos_row || a.pos_col - b.pos_col);
  return { layoutId: layout.id, seats };
}

export async function insertCinema(pool, { slug }) {
  const {
    rows: [venue],
  } = await pool.query(
    `INSERT INTO venues (slug, kind, name, time_zone, currency, settings)
     VALUES ($1, 'cinema', $2, $3, 'IDR', '{}') RETURNING id`,
    [slug, `Bench ${slug}`, TIME_ZONE],
  );
  return venue.id;
}

/** A scheduled showtime `daysAhead` days from now, two hours long. */
export async function insertShowtime(pool, { venueId, layoutId, daysAhead, title }) {
  const startsAt = new Date(Date.now() + daysAhead * 24 * HOUR_MS);
  const endsAt = new Date(startsAt.getTime() + 2 * HOUR_MS);
  const {
    rows: [event],
  } = await pool.query(
    `INSERT INTO events (venue_id, layout_id, kind, title, starts_at, ends_at, price_minor)
     VALUES ($1, $2, 'showtime', $3, $4, $5, 50000) RETURNING id`,
    [venueId, layoutId, title, startsAt, endsAt],
  );
  return { id: event.id, venueId, startsAt, endsAt };
}

/**
 * Seat bookings on a showtime as customers leave them, set-based: each group is one booking — HELD
 * with its expiry, CONFIRMED and paid, or RELEASED (its items kept, inactive) — with its history
 * and one item per seat.
 */
export async function insertSeatBookings(pool, event, groups, codePrefix) {
  const ids = groups.map(() => randomUUID());
  await pool.query(
    `INSERT INTO bookings (id, code, venue_id, event_id, status, payment_status, party_size, starts_at, ends_at,
       contact_name, contact_phone, total_minor, currency, hold_token_hash, hold_expires_at)
     SELECT id, $3 || '-' || ordinality, $1, $2, status,
       CASE WHEN status = 'CONFIRMED' THEN 'PAID' ELSE 'UNPAID' END,
       seats, $4, $5, 'Fixture guest', '+6281200000000', seats * 50000, 'IDR',
       CASE WHEN status IN ('HELD', 'RELEASED') THEN md5(id::text) END, expires
     FROM unnest($6::uuid[], $7::text[], $8::int[], $9::timestamptz[])
       WITH ORDINALITY AS t(id, status, seats, expires)`,
    [
      event.venueId,
      event.id,
      codePrefix,
      event.startsAt,
      event.endsAt,
      ids,
      groups.map((g) => g.status),
      groups.map((g) => g.seatIds.length),
      groups.map((g) => g.holdExpiresAt ?? null),
    ],
  );
  await pool.query(
    `INSERT INTO booking_history (booking_id, actor_label, from_status, to_status)
     SELECT id, 'guest', NULL, 'HELD' FROM unnest($1::uuid[]) AS t(id)
     UNION ALL
     SELECT id, 'guest', 'HELD', status FROM unnest($1::uuid[], $2::text[]) AS t(id, status)
     WHERE status <> 'HELD'`,
    [ids, groups.map((g) => g.status)],
  );
  const itemBookings = groups.flatMap((g, i) => g.seatIds.map(() => ids[i]));
  await pool.query(
    `INSERT INTO booking_items (booking_id, resource_id, period, price_minor, active)
     SELECT booking, seat, tstzrange($3, $4, '[)'), 50000, active
     FROM unnest($1::uuid[], $2::uuid[], $5::boolean[]) AS t(booking, seat, active)`,
    [
      itemBookings,
      groups.flatMap((g) => g.seatIds),
      event.startsAt,
      event.endsAt,
      groups.flatMap((g) => g.seatIds.map(() => g.status === 'HELD' || g.status === 'CONFIRMED')),
    ],
  );
  return ids;
}
