import { runFor } from './load.mjs';
import { progress } from './log.mjs';
import { median, round } from './stats.mjs';

const WARMUP_MS = 3_000;
const ROUND_MS = 4_000;
const ROUNDS = 3;

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

  const rates = { http: [], sql: [] };
  const used = { ok: 0, seconds: 0, cpu: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [side, task] of [
      ['sql', sql],
      ['http', http],
    ]) {
      await pool.query('CHECKPOINT');
      const cpuBefore = server.cpuSeconds();
      const run = await runFor({ workers, ms: ROUND_MS, task });
      const cpu = server.cpuSeconds() - cpuBefore;
      progress(describe(`round ${round} ${side}`, run));
      if (run.failed > run.ok / 10) throw new Error(describe(`too many failures on the ${side} side`, run));
      rates[side].push(run.ok / run.seconds);
      if (side === 'http') {
        used.ok += run.ok;
        used.seconds += run.seconds;
        used.cpu += cpu;
      }
    }
  }
  // Node runs the server on one core: near 100 % there, the server process itself is the limit.
  progress(
    `server cpu during the http rounds: ${Math.round((100 * used.cpu) / used.seconds)} % of one core, ` +
      `${round((1000 * used.cpu) / used.ok)} ms per ${per}`,
  );
  return { http: median(rates.http), sql: median(rates.sql) };
}
