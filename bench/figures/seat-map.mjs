import {
  insertCinema,
  insertCinemaHall,
  insertSeatBookings,
  insertShowtime,
  MINUTE_MS,
} from '../fixtures.mjs';
import { sampleInterleaved } from '../load.mjs';
import { progress } from '../log.mjs';
import { figure, percentile, round } from '../stats.mjs';

const ROWS = 20;
const COLS = 25; // 500 seats
const BLOCKED = ['A1', 'A25', 'B1', 'B25', 'K12', 'K13', 'K14'];
const FEED_HISTORY = 1_500;
const WARMUP = 20;
const SAMPLES = 300;

/** A tiny seeded generator: the same hall every run, so runs compare. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A showtime an hour before it fills: parties of 1–4 along each row, about 45 % of the seats sold,
 * 10 % held by people choosing right now, a few holds that lapsed without the sweeper having run
 * yet, and hundreds of released holds whose items are kept inactive. The seat topic has a long
 * change history, as a busy showtime's has.
 */
function plan(seats, now) {
  const next = random(0x5ea7);
  const groups = [];
  const free = seats.filter((seat) => seat.status === 'available');
  for (let i = 0; i < free.length; ) {
    const size = 1 + Math.floor(next() * 4);
    // A party sits in one row.
    const party = free.slice(i, i + size).filter((seat) => seat.pos_row === free[i].pos_row);
    i += party.length;
    const seatIds = party.map((seat) => seat.id);
    const roll = next();
    if (roll < 0.45) groups.push({ status: 'CONFIRMED', seatIds });
    else if (roll < 0.55)
      groups.push({ status: 'HELD', seatIds, holdExpiresAt: new Date(now + 8 * MINUTE_MS) });
    else if (roll < 0.58)
      groups.push({ status: 'HELD', seatIds, holdExpiresAt: new Date(now - 2 * MINUTE_MS) });
    // Free now, yet someone held and let go of these seats earlier.
    else if (roll < 0.9) groups.push({ status: 'RELEASED', seatIds, holdExpiresAt: new Date(now) });
  }
  return groups;
}

export async function prepareSeatMap(pool) {
  const venueId = await insertCinema(pool, { slug: 'bench-seat-map' });
  const hall = await insertCinemaHall(pool, {
    venueId,
    name: 'Studio 1',
    rows: ROWS,
    cols: COLS,
    blocked: BLOCKED,
  });
  const event = await insertShowtime(pool, {
    venueId,
    layoutId: hall.layoutId,
    daysAhead: 3,
    title: 'Seat map',
  });
  const groups = plan(hall.seats, Date.now());
  await insertSeatBookings(pool, event, groups, 'SM');
  await pool.query(
    `INSERT INTO change_feed (topic, payload)
     SELECT $1, jsonb_build_object('seatIds', jsonb_build_array($2::text), 'status', 'held')
     FROM generate_series(1, $3)`,
    [`event:${event.id}:seats`, hall.seats[0].id, FEED_HISTORY],
  );
  const seatsOf = (match) => groups.filter(match).reduce((sum, g) => sum + g.seatIds.length, 0);
  const expected = {
    booked: seatsOf((g) => g.status === 'CONFIRMED'),
    held: seatsOf((g) => g.status === 'HELD' && g.holdExpiresAt > new Date()),
    blocked: BLOCKED.length,
  };
  return { eventId: event.id, seats: ROWS * COLS, expected };
}

export async function seatMapP95({ api, fixture }) {
  const input = { eventId: fixture.eventId };
  const first = await api.query('events.seatMap', input);
  const counts = {};
  for (const seat of first.seats) counts[seat.status] = (counts[seat.status] ?? 0) + 1;
  // Guard against measuring an error path or an empty hall: every seat, the mix as planted.
  const { expected } = fixture;
  if (
    first.seats.length !== fixture.seats ||
    counts.booked !== expected.booked ||
    counts.held !== expected.held ||
    counts.blocked !== expected.blocked
  ) {
    throw new Error(`unexpected seat map: ${JSON.stringify(counts)}, expected ${JSON.stringify(expected)}`);
  }
  const bytes = JSON.stringify(first).length;
  progress(
    `seat map of ${first.seats.length} seats (${JSON.stringify(counts)}), ${Math.round(bytes / 1024)} kB`,
  );

  const samples = await sampleInterleaved({
    count: SAMPLES,
    warmup: WARMUP,
    probes: {
      seatMap: () => api.query('events.seatMap', input),
      healthz: async () => {
        const { status } = await api.get('/healthz');
        if (status !== 200) throw new Error(`/healthz answered ${status}`);
      },
    },
  });
  const p95 = percentile(samples.seatMap, 95);
  const baseline = percentile(samples.healthz, 95);
  progress(
    `events.seatMap p50 ${round(percentile(samples.seatMap, 50))} ms, p95 ${round(p95)} ms, ` +
      `max ${round(Math.max(...samples.seatMap))} ms; /healthz p95 ${round(baseline)} ms`,
  );
  return figure({ name: 'events.seatMap.p95', value: p95, unit: 'ms', baseline, target: { atMost: 10 } });
}
