import { insertBookings, insertRestaurant, localDate, localMidnight, MINUTE_MS } from '../fixtures.mjs';
import { sampleInterleaved } from '../load.mjs';
import { progress } from '../log.mjs';
import { figure, percentile, round } from '../stats.mjs';

const TABLES = 50;
const BOOKINGS_PER_TABLE = 40; // 50 × 40 = 2,000 bookings on the searched day
const SPACING_MINUTES = 36; // 40 × 36 min = 24 h
const STAY_MINUTES = 30;
const DAYS_AHEAD = 7;
const WARMUP = 20;
const SAMPLES = 300;

// A busy restaurant with the usual turn rules, open all day so 2,000 bookings fit one date.
const SETTINGS = {
  turnMinutesByParty: [
    { upTo: 2, minutes: 10 },
    { upTo: 6, minutes: 15 },
    { upTo: 99, minutes: 20 },
  ],
};
const CAPACITIES = [2, 2, 4, 4, 4, 6, 2, 4, 8, 10];

/**
 * Every table booked back to back all day, each table's day shifted by a few minutes so the
 * tables do not all free up at once; the day before and after are as full, as they would be.
 */
function dayOfBookings(tables, dayStart) {
  const bookings = [];
  tables.forEach((table, t) => {
    const offset = t % (SPACING_MINUTES - STAY_MINUTES + 1);
    for (let k = 0; k < BOOKINGS_PER_TABLE; k++) {
      const start = new Date(dayStart.getTime() + (k * SPACING_MINUTES + offset) * MINUTE_MS);
      bookings.push({
        resourceId: table.id,
        start,
        end: new Date(start.getTime() + STAY_MINUTES * MINUTE_MS),
        partySize: 1 + ((t + k) % table.capacity),
      });
    }
  });
  return bookings;
}

export async function prepareAvailability(pool) {
  const venue = await insertRestaurant(pool, {
    slug: 'bench-availability',
    settings: SETTINGS,
    tables: Array.from({ length: TABLES }, (_, i) => ({
      label: `A${String(i + 1).padStart(2, '0')}`,
      capacity: CAPACITIES[i % CAPACITIES.length],
      area: i % 3 === 0 ? 'terrace' : 'indoor',
    })),
  });
  for (const day of [DAYS_AHEAD - 1, DAYS_AHEAD, DAYS_AHEAD + 1]) {
    await insertBookings(pool, venue.id, dayOfBookings(venue.tables, localMidnight(day)), `AV${day}`);
  }
  return { venueId: venue.id, date: localDate(DAYS_AHEAD) };
}

export async function availabilitySearch({ api, fixture }) {
  const input = { venueId: fixture.venueId, date: fixture.date, partySize: 2 };
  const first = await api.query('availability.search', input);
  // Guard against measuring an error path or an empty day: the answer must cover the whole day.
  if (first.kind !== 'restaurant' || first.slots.length < 80) {
    throw new Error(`unexpected availability answer: ${JSON.stringify(first).slice(0, 300)}`);
  }
  progress(
    `availability for ${fixture.date}: ${first.slots.length} start times, ` +
      `${first.slots.filter((s) => s.available).length} open`,
  );

  const samples = await sampleInterleaved({
    count: SAMPLES,
    warmup: WARMUP,
    probes: {
      search: () => api.query('availability.search', input),
      healthz: async () => {
        const { status } = await api.get('/healthz');
        if (status !== 200) throw new Error(`/healthz answered ${status}`);
      },
    },
  });
  const p95 = percentile(samples.search, 95);
  const baseline = percentile(samples.healthz, 95);
  progress(
    `availability.search p50 ${round(percentile(samples.search, 50))} ms, p95 ${round(p95)} ms, ` +
      `max ${round(Math.max(...samples.search))} ms; /healthz p95 ${round(baseline)} ms`,
  );
  return figure({
    name: 'availability.search.p95',
    value: p95,
    unit: 'ms',
    baseline,
    target: { atMost: 20 },
  });
}
