import {
  connectDatabase,
  type DatabaseHandle,
  type EmbeddedServer,
  outageReporter,
  startEmbeddedPostgres,
} from '@reserva/db';
import type { Logger } from 'pino';
import type { Env } from './env.js';

export interface OpenDatabase {
  handle: DatabaseHandle;
  /** Set when we started PostgreSQL ourselves (no DATABASE_URL). */
  embedded: EmbeddedServer | null;
  close(): Promise<void>;
}

export async function openDatabase(env: Env, logger: Logger): Promise<OpenDatabase> {
  const embedded = env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: env.EMBEDDED_PG_DIR,
        port: env.EMBEDDED_PG_PORT,
        log: env.EMBEDDED_PG_LOG,
      });
  const url = env.DATABASE_URL ?? embedded!.url;
  const report = outageReporter(logger);
  const handle = connectDatabase({
    url,
    connectTimeoutMillis: env.DB_CONNECT_TIMEOUT_MS,
    // Whose connections these are, in pg_stat_activity, when several processes share a database.
    applicationName: `reserva:${process.pid}`,
    onPoolError: (error) => report(error, 'idle database connection failed'),
  });
  return {
    handle,
    embedded,
    async close() {
      await handle.close();
      await embedded?.stop();
    },
  };
}
