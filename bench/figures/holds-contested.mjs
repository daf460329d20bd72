import { createHash, randomBytes } from 'node:crypto';
import { contest } from '../contest.mjs';
import { insertCinema, insertCinemaHall, insertShowtime, MINUTE_MS } from '../fixtures.mjs';
import { progress } from '../log.mjs';
import { figure } from '../stats.mjs';

export const HOLD_CLIENTS = 64;
const ROWS = 20;
const COLS = 25; // 500 seats
const SEATS_PER_CLIENT = Math.floor((ROWS * COLS) / HOLD_CLIENTS); // 7
const HOLD_MINUTES = 10;

async function showtimeOf(pool, slug) {
  const venueId = await insertCinema(pool, { slug });
  const hall = await insertCinemaHall(pool, { venueId, name: 'Studio 1', rows: ROWS, cols: COLS });
  const event = await insertShowtime(pool, { venueId, layoutId: hall.layoutId, daysAhead: 2, title: slug });
  return { event, seats: hall.seats };
}

/**
 * Every client owns a few seats of the one showtime and, in a loop, holds the next 1 or 2 of them,
 * then lets go of its previous hold: about 64–128 seats are held at any moment, no two clients
 * ever want the same seat, so every request should succeed, while all of them land on one event —
 * its change-feed topic, its seats' index, the same hot rows and pages. A booking/s is one hold
 * created and the previous one released.
 */
function seatPlan(seats) {
  const slices = Array.from({ length: HOLD_CLIENTS }, (_, client) =>
    seats.slice(client * SEATS_PER_CLIENT, (client + 1) * SEATS_PER_CLIENT).map((seat) => seat.id),
  );
  const cursor = new Array(HOLD_CLIENTS).fill(0);
  return (client) => {
    const slice = slices[client];
    const n = cursor[client]++;
    const size = 1 + (n % 2);
    // Consecutive picks never overlap: 7 seats, at most 2 + 2 in use by one client at a time.
    const start = (n * 3) % slice.length;
    return Array.from({ length: size }, (_, k) => slice[(start + k) % slice.length]);
  };
}

/** The API path: `holds.create` for the next seats, then `holds.release` of the previous hold. */
async function httpSide(pool, api) {
  const { event, seats } = await showtimeOf(pool, 'bench-holds-http');
  const next = seatPlan(seats);
  const previous = new Array(HOLD_CLIENTS).fill(null);
  const task = async (client) => {
    const hold = await api.mutation('holds.create', { eventId: event.id, seatIds: next(client) });
    const before = previous[client];
    previous[client] = hold.holdToken;
    if (before) await api.mutation('holds.release', { holdToken: before });
  };
  return { event, task };
}

/**
 * The baseline: the rows a hold writes — the HELD booking, its history, one item per seat, in one
 * transaction — and the rows its release changes (status, history, items made inactive), in
 * another, straight from Node with `pg` on 64 connections. What the API adds on top — validation,
 * reading the event and its seats, seat locks, the hold's lock, the change feed and its NOTIFY, HTTP —
 * is the cost the ratio measures.
 */
async function sqlSide(pool) {
  const { event, seats } = await showtimeOf(pool, 'bench-holds-sql');
  const next = seatPlan(seats);
  const previous = new Array(HOLD_CLIENTS).fill(null);
  let codes = 0;

  const inTransaction = async (work) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  const hold = (seatIds) =>
    inTransaction(async (client) => {
      const tokenHash = createHash('sha256').update(randomBytes(20)).digest('hex');
      const {
        rows: [booking],
      } = await client.query(
        `INSERT INTO bookings (code, venue_id, event_id, user_id, status, party_size, starts_at, ends_at,
           contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
           hold_token_hash, hold_expires_at)
         VALUES ($1, $2, $3, NULL, 'HELD', $4, $5, $6, NULL, NULL, NULL, $7, 0, 'IDR', false, $8, $9)
         RETURNING id`,
        [
          `SQL-H${codes++}`,
          event.venueId,
          event.id,
          seatIds.length,
          event.startsAt,
          event.endsAt,
          seatIds.length * 50_000,
          tokenHash,
          new Date(Date.now() + HOLD_MINUTES * MINUTE_MS),
        ],
      );
      await client.query(
        `INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
         VALUES ($1, NULL, 'guest', NULL, 'HELD', NULL)`,
        [booking.id],
      );
      await client.query(
        `INSERT INTO booking_items (booking_id, resource_id, period, price_minor)
         SELECT $1, seat, tstzrange($3, $4, '[)'), 50000 FROM unnest($2::uuid[]) AS seat`,
        [booking.id, [...seatIds].sort(), event.startsAt, event.endsAt],
      );
      return booking.id;
    });

  const release = (bookingId) =>
    inTransaction(async (client) => {
      await client.query(`UPDATE bookings SET status = 'RELEASED', updated_at = now() WHERE id = $1`, [
        bookingId,
      ]);
      await client.query('UPDATE booking_items SET active = false WHERE booking_id = $1', [bookingId]);
      await client.query(
        `INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
         VALUES ($1, NULL, 'guest', 'HELD', 'RELEASED', 'released by the holder')`,
        [bookingId],
      );
    });

  const task = async (client) => {
    const id = await hold(next(client));
    const before = previous[client];
    previous[client] = id;
    if (before) await release(before);
  };
  return { event, task };
}

export async function holdsContested({ pool, api, server }) {
  const http = await httpSide(pool, api);
  const raw = await sqlSide(pool);
  await pool.query('ANALYZE venues, layouts, resources, events');

  const rates = await contest({
    pool,
    server,
    workers: HOLD_CLIENTS,
    http: http.task,
    sql: raw.task,
    per: 'hold + release',
  });

  // Whatever the speed, no seat may ever be in two active holds; and each client holds one hold at most.
  for (const [side, event] of [
    ['http', http.event],
    ['sql', raw.event],
  ]) {
    const {
      rows: [check],
    } = await pool.query(
      `SELECT
         (SELECT count(*)::int FROM bookings WHERE event_id = $1) AS bookings,
         (SELECT count(*)::int FROM bookings WHERE event_id = $1 AND status = 'HELD') AS held,
         (SELECT count(*)::int FROM (
            SELECT i.resource_id FROM booking_items i JOIN bookings b ON b.id = i.booking_id
            WHERE b.event_id = $1 AND i.active GROUP BY i.resource_id HAVING count(*) > 1) twice) AS doubly`,
      [event.id],
    );
    progress(`${side} showtime: ${check.bookings} holds made, ${check.held} still held`);
    if (check.doubly > 0) throw new Error(`${side}: ${check.doubly} seats in two active holds`);
    if (check.held > HOLD_CLIENTS)
      throw new Error(`${side}: ${check.held} holds left, at most one per client`);
  }

  return figure({
    name: 'holds.create.contested',
    value: rates.http,
    unit: 'bookings/s',
    baseline: rates.sql,
    target: { ratioAtLeast: 0.5 },
  });
}
