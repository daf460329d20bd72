import { createClient } from '../../packages/client/dist/index.js';
import { insertCinema, insertCinemaHall, insertShowtime } from '../fixtures.mjs';
import { progress } from '../log.mjs';
import { figure, percentile, round } from '../stats.mjs';

const WARMUP = 10;
const SAMPLES = 100;
const PAUSE_MS = 20;
const TIMEOUT_MS = 5_000;

export async function prepareFanout(pool) {
  const venueId = await insertCinema(pool, { slug: 'bench-fanout' });
  const hall = await insertCinemaHall(pool, { venueId, name: 'Studio 1', rows: 20, cols: 25 });
  const event = await insertShowtime(pool, {
    venueId,
    layoutId: hall.layoutId,
    daysAhead: 4,
    title: 'Fan-out',
  });
  return { eventId: event.id, seatIds: hall.seats.map((seat) => seat.id) };
}

/**
 * A live viewer with the typed client (SSE through the `eventsource` package, as another Node app
 * would use it), noting when each hold's change arrives.
 */
function viewer(baseUrl, eventId, lastEventId) {
  const arrivals = new Map();
  const waiting = new Map();
  let failure = null;
  let started;
  const ready = new Promise((resolve, reject) => {
    started = resolve;
    setTimeout(
      () => reject(new Error(`no SSE connection to ${baseUrl} within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    ).unref();
  });
  const subscription = createClient({ url: baseUrl }).events.onSeatChange.subscribe(
    { eventId, lastEventId },
    {
      onStarted: () => started(),
      onData: ({ data }) => {
        const at = performance.now();
        if (data.status !== 'held' || !data.holdId) return;
        arrivals.set(data.holdId, at);
        waiting.get(data.holdId)?.(at);
      },
      onError: (error) => {
        failure = error;
        for (const wake of waiting.values()) wake(null);
      },
    },
  );
  return {
    ready,
    /** When the change of `holdId` arrived (already or within the timeout). */
    arrival(holdId) {
      if (arrivals.has(holdId)) return Promise.resolve(arrivals.get(holdId));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(holdId);
          reject(new Error(`hold ${holdId} did not reach the viewer at ${baseUrl} within ${TIMEOUT_MS} ms`));
        }, TIMEOUT_MS);
        waiting.set(holdId, (at) => {
          clearTimeout(timer);
          waiting.delete(holdId);
          if (at === null) reject(new Error(`subscription at ${baseUrl} failed: ${failure?.message}`));
          else resolve(at);
        });
      });
    },
    stop: () => subscription.unsubscribe(),
  };
}

/**
 * Holds committed through process A, one at a time; a viewer on process B (only the database in
 * common) and, as the baseline, a viewer on A itself. Latency counts from the moment A's answer
 * has been read to the moment the change arrives; a change that arrives before the answer counts 0.
 */
export async function liveFanout({ api, serverA, serverB, fixture }) {
  const { lastChangeId } = await api.query('events.seatMap', { eventId: fixture.eventId });
  const onB = viewer(serverB.baseUrl, fixture.eventId, lastChangeId);
  const onA = viewer(serverA.baseUrl, fixture.eventId, lastChangeId);
  try {
    await Promise.all([onA.ready, onB.ready]);
    const latency = { crossProcess: [], sameProcess: [], request: [] };
    for (let i = 0; i < WARMUP + SAMPLES; i++) {
      const sent = performance.now();
      const hold = await api.mutation('holds.create', {
        eventId: fixture.eventId,
        seatIds: [fixture.seatIds[i]],
      });
      const answered = performance.now();
      const [onBAt, onAAt] = await Promise.all([onB.arrival(hold.holdId), onA.arrival(hold.holdId)]);
      if (i >= WARMUP) {
        latency.crossProcess.push(Math.max(0, onBAt - answered));
        latency.sameProcess.push(Math.max(0, onAAt - answered));
        latency.request.push(answered - sent);
      }
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    const p95 = percentile(latency.crossProcess, 95);
    const baseline = percentile(latency.sameProcess, 95);
    progress(
      `live fan-out to process B: p50 ${round(percentile(latency.crossProcess, 50))} ms, p95 ${round(p95)} ms, ` +
        `max ${round(Math.max(...latency.crossProcess))} ms; to a viewer on A p95 ${round(baseline)} ms; ` +
        `holds.create p50 ${round(percentile(latency.request, 50))} ms`,
    );
    return figure({ name: 'live.fanout.p95', value: p95, unit: 'ms', baseline, target: { atMost: 100 } });
  } finally {
    onA.stop();
    onB.stop();
  }
}
