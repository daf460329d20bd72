import { ownCpuSeconds, postgresCpuSeconds } from './cpu.mjs';
import { runFor } from './load.mjs';
import { progress } from './log.mjs';
import { reportStatementStats, resetStatementStats } from './statements.mjs';
import { median, round } from './stats.mjs';

const WARMUP_MS = 3_000;
const ROUND_MS = 4_000;
// Five rounds a side, not three: with three, the figure swung by ±0.03 from one run to the next.
const ROUNDS = 5;

const describe = (label, run) =>
  `${label}: ${run.ok} ok, ${run.failed} failed in ${run.seconds.toFixed(1)} s → ${round(run.ok / run.seconds, 1)}/s` +
  (run.firstError ? ` (first error: ${run.firstError.message})` : '');

/**
 * The API path against raw SQL, `workers` concurrent clients each: both warmed (JIT, pools, caches),
 * then alternating rounds — a slow patch on this shared machine lands on both sides, not one. Each
 * round starts from a checkpoint, so neither side pays for writing back the other's rows, and the
 * median round of each side is kept, so one disturbed round cannot decide the figure.
 * Returns the median rates (operations/s) of both sides.
 */
export async function contest({ pool, server, workers, http, sql, per }) {
  progress(describe('warm-up http', await runFor({ workers, ms: WARMUP_MS, task: http })));
  progress(describe('warm-up sql', await runFor({ workers, ms: WARMUP_MS / 2, task: sql })));

  await resetStatementStats(pool);
  const rates = { http: [], sql: [] };
  const used = { http: cpuTally(), sql: cpuTally() };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [side, task] of [
      ['sql', sql],
      ['http', http],
    ]) {
      await pool.query('CHECKPOINT');
      const before = cpuNow(server);
      const run = await runFor({ workers, ms: ROUND_MS, task });
      const after = cpuNow(server);
      progress(describe(`round ${round} ${side}`, run));
      if (run.failed > run.ok / 10) throw new Error(describe(`too many failures on the ${side} side`, run));
      rates[side].push(run.ok / run.seconds);
      used[side].ok += run.ok;
      used[side].seconds += run.seconds;
      for (const part of CPU_PARTS) used[side][part] += after[part] - before[part];
    }
  }
  await reportStatementStats(pool, `the ${per} rounds`);
  // Two cores hold the server, PostgreSQL and this load generator: where the CPU went shows the limit.
  for (const side of ['sql', 'http']) {
    const u = used[side];
    const share = (part) => `${part} ${Math.round((100 * u[part]) / u.seconds)} %`;
    progress(
      `cpu during the ${side} rounds (of one core): ${CPU_PARTS.map(share).join(', ')}; ` +
        `server ${round((1000 * u.server) / u.ok)} ms, postgres ${round((1000 * u.postgres) / u.ok)} ms per ${per}`,
    );
  }
  return { http: median(rates.http), sql: median(rates.sql) };
}

const CPU_PARTS = ['server', 'postgres', 'harness'];
const cpuTally = () => ({ ok: 0, seconds: 0, server: 0, postgres: 0, harness: 0 });
const cpuNow = (server) => ({
  server: server.cpuSeconds(),
  postgres: postgresCpuSeconds(),
  harness: ownCpuSeconds(),
});
