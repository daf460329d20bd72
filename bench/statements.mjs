import { progress } from './log.mjs';

/**
 * BENCH_PG_STATS=1: PostgreSQL keeps per-statement statistics (pg_stat_statements, planning
 * included) and each contested figure prints where its database time went.
 */
export const statementStatsOn = () => process.env.BENCH_PG_STATS === '1';

export const STATEMENT_STATS_SETTINGS = [
  'shared_preload_libraries=pg_stat_statements',
  'pg_stat_statements.track_planning=on',
];

export async function resetStatementStats(pool) {
  if (!statementStatsOn()) return;
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await pool.query('SELECT pg_stat_statements_reset()');
}

export async function reportStatementStats(pool, label) {
  if (!statementStatsOn()) return;
  const { rows } = await pool.query(
    `SELECT calls, round((total_plan_time / calls)::numeric, 3) AS plan_ms,
       round((total_exec_time / calls)::numeric, 3) AS exec_ms,
       left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS statement
     FROM pg_stat_statements WHERE calls > 100
     ORDER BY total_plan_time + total_exec_time DESC LIMIT 10`,
  );
  progress(`top statements during ${label} (per call):`);
  for (const row of rows)
    progress(
      `  ${String(row.calls).padStart(7)} × plan ${row.plan_ms} + exec ${row.exec_ms} ms  ${row.statement}`,
    );
}
