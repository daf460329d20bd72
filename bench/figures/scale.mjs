import { availableParallelism } from 'node:os';
import { ownCpuSeconds, postgresCpuSeconds } from '../cpu.mjs';
import { insertRestaurant, localMidnight, MINUTE_MS } from '../fixtures.mjs';
import { runFor } from '../load.mjs';
import { progress } from '../log.mjs';
import { figure, median, round } from '../stats.mjs';

const CLIENTS = 32;
const TABLES = 16;
const SLOT_MINUTES = 30;
const DAYS = 360;
const SLOTS_PER_TABLE = DAYS * ((24 * 60) / SLOT_MINUTES);
const WARMUP_MS = 2_000;
const ROUND_MS = 4_000;
const ROUNDS = 3;
const SETTINGS = { maxDaysAhead: DAYS + 5, minDurationMinutes: SLOT_MINUTES, turnMinutesByParty: [] };

/** A restaurant of its own per side (SQL), booked slot after slot, as `timeslot.create.contested` does. */
async function bookingTask(pool, slug, pickApi) {
  const venue = await insertRestaurant(pool, {
    slug,
    settings: SETTINGS,
    tables: Array.from({ length: TABLES }, (_, i) => ({ label: `T${i + 1}`, capacity: 2 })),
  });
  const first = localMidnight(1).getTime();
  let next = 0;
  return async (worker) => {
    const n = next++ % (SLOTS_PER_TABLE * TABLES);
    const start = new Date(first + (n % SLOTS_PER_TABLE) * SLOT_MINUTES * MINUTE_MS);
    await pickApi(worker).mutation('bookings.create', {
      venueId: venue.id,
      start: start.toISOString(),
      durationMinutes: SLOT_MINUTES,
      partySize: 2,
      contact: { name: `Bench guest ${worker}`, phone: '+6281234567890' },
    });
  };
}

/**
 * Bookings/s with two server processes on one database (clients split evenly between them) over
 * bookings/s with one, the same 32 clients, in alternating rounds of one run. No target: on two
 * shared cores the servers, PostgreSQL and the load generator compete for the same CPU.
 */
export async function twoProcesses({ pool, apiA, apiB, servers }) {
  const cpu = () => ({
    servers: servers.reduce((sum, server) => sum + server.cpuSeconds(), 0),
    postgres: postgresCpuSeconds(),
    harness: ownCpuSeconds(),
  });
  const one = await bookingTask(pool, 'bench-scale-one', () => apiA);
  const two = await bookingTask(pool, 'bench-scale-two', (worker) => (worker % 2 === 0 ? apiA : apiB));
  await runFor({ workers: CLIENTS, ms: WARMUP_MS, task: one });
  await runFor({ workers: CLIENTS, ms: WARMUP_MS, task: two });
  const rates = { one: [], two: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [side, task] of [
      ['one', one],
      ['two', two],
    ]) {
      await pool.query('CHECKPOINT');
      const before = cpu();
      const run = await runFor({ workers: CLIENTS, ms: ROUND_MS, task });
      const after = cpu();
      // Where the two cores went (100 % = one core): what saturates first.
      const share = (part) => `${part} ${Math.round((100 * (after[part] - before[part])) / run.seconds)} %`;
      if (run.failed > run.ok / 10)
        throw new Error(`scale ${side}: ${run.failed} failed (${run.firstError?.message})`);
      progress(
        `round ${round} ${side} process(es): ${round2(run.ok / run.seconds)} bookings/s; cpu ${['servers', 'postgres', 'harness'].map(share).join(', ')}`,
      );
      rates[side].push(run.ok / run.seconds);
    }
  }
  return {
    ...figure({
      name: 'scale.twoProcesses.ratio',
      value: median(rates.two),
      unit: 'bookings/s',
      baseline: median(rates.one),
    }),
    cores: availableParallelism(),
  };
}

const round2 = (value) => round(value, 1);
