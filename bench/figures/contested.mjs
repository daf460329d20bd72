import { contest } from '../contest.mjs';
import { insertRestaurant, localMidnight, MINUTE_MS } from '../fixtures.mjs';
import { progress } from '../log.mjs';
import { figure } from '../stats.mjs';

const CLIENTS = 32;
const TABLES = 16;
const SLOT_MINUTES = 30;
const DAYS = 360;
const SLOTS = DAYS * ((24 * 60) / SLOT_MINUTES);

// Open all day and bookable a year ahead: every 30-minute slot of the plan below is a valid booking.
const SETTINGS = { maxDaysAhead: DAYS + 5, minDurationMinutes: SLOT_MINUTES, turnMinutesByParty: [] };

/**
 * Hands out 30-minute slots in time order; after the last one it starts over a table further.
 * Concurrent requests get distinct slots, so they rarely conflict, yet they all land on the same
 * table (the best fit is the first free one) and fight over the same index pages and locks.
 */
function slotPlan(tables) {
  const first = localMidnight(1).getTime();
  let next = 0;
  return () => {
    const n = next++;
    const start = new Date(first + (n % SLOTS) * SLOT_MINUTES * MINUTE_MS);
    const table = tables[Math.floor(n / SLOTS) % tables.length];
    return { n, start, end: new Date(start.getTime() + SLOT_MINUTES * MINUTE_MS), table };
  };
}

const restaurantTables = () =>
  Array.from({ length: TABLES }, (_, i) => ({ label: `T${String(i + 1).padStart(2, '0')}`, capacity: 2 }));

/** The API path: one `bookings.create` per request, the table auto-assigned by the server. */
async function httpSide(pool, api) {
  const venue = await insertRestaurant(pool, {
    slug: 'bench-contested-http',
    settings: SETTINGS,
    tables: restaurantTables(),
  });
  const next = slotPlan(venue.tables);
  const task = async (worker) => {
    const { start } = next();
    await api.mutation('bookings.create', {
      venueId: venue.id,
      start: start.toISOString(),
      durationMinutes: SLOT_MINUTES,
      partySize: 2,
      contact: { name: `Bench guest ${worker}`, phone: '+6281234567890' },
    });
  };
  return { venue, task };
}

/**
 * The baseline: the rows one restaurant booking writes (booking, history, item), one transaction
 * each, straight from Node with `pg` on 32 connections. What the API adds on top — HTTP, tRPC,
 * validation and pricing, checking the venue and picking a free table inside the statement — is
 * the cost the ratio measures.
 */
async function sqlSide(pool) {
  const venue = await insertRestaurant(pool, {
    slug: 'bench-contested-sql',
    settings: SETTINGS,
    tables: restaurantTables(),
  });
  const next = slotPlan(venue.tables);
  const task = async (worker) => {
    const { n, start, end, table } = next();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const {
        rows: [booking],
      } = await client.query(
        `INSERT INTO bookings (code, venue_id, user_id, status, party_size, starts_at, ends_at,
           contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
           requested_area, requested_type, notes)
         VALUES ($1, $2, NULL, 'PENDING', 2, $3, $4, $5, '+6281234567890', NULL, 0, 0, 'IDR', false,
           NULL, NULL, NULL)
         RETURNING id, code`,
        [`SQL-${n}`, venue.id, start, end, `Bench guest ${worker}`],
      );
      await client.query(
        `INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
         VALUES ($1, NULL, 'guest', NULL, 'PENDING', NULL)`,
        [booking.id],
      );
      await client.query(
        'INSERT INTO booking_items (booking_id, resource_id, period, price_minor) VALUES ($1, $2, $3, 0) RETURNING id',
        [booking.id, table.id, `[${start.toISOString()},${end.toISOString()})`],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return { venue, task };
}

export async function contestedCreate({ pool, api, server }) {
  const http = await httpSide(pool, api);
  const raw = await sqlSide(pool);

  const rates = await contest({
    pool,
    server,
    workers: CLIENTS,
    http: http.task,
    sql: raw.task,
    per: 'booking',
  });

  const { rows } = await pool.query(
    `SELECT b.venue_id, count(*)::int AS bookings, count(i.id)::int AS items
     FROM bookings b LEFT JOIN booking_items i ON i.booking_id = b.id AND i.active
     WHERE b.venue_id = ANY($1) GROUP BY b.venue_id`,
    [[http.venue.id, raw.venue.id]],
  );
  for (const row of rows) {
    const side = row.venue_id === http.venue.id ? 'http' : 'sql';
    progress(`${side} venue holds ${row.bookings} bookings, ${row.items} active items`);
    if (row.bookings !== row.items) throw new Error(`${side}: a booking without its table item`);
  }

  return figure({
    name: 'timeslot.create.contested',
    value: rates.http,
    unit: 'bookings/s',
    baseline: rates.sql,
    target: { ratioAtLeast: 0.5 },
  });
}
