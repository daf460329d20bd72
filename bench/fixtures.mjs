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
