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
  /**
   * Straight to PostgreSQL, for what needs a session of its own (LISTEN, session advisory locks):
   * `handle` itself unless DATABASE_DIRECT_URL names another way than DATABASE_URL (a pooler).
   */
  direct: DatabaseHandle;
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
  const connection = {
    connectTimeoutMillis: env.DB_CONNECT_TIMEOUT_MS,
    // Whose connections these are, in pg_stat_activity, when several processes share a database.
    applicationName: `reserva:${process.pid}`,
    onPoolError: (error: Error) => report(error, 'idle database connection failed'),
  };
  const handle = connectDatabase({
    url,
    ...connection,
    preparedStatements: env.DATABASE_PREPARED_STATEMENTS,
  });
  const directUrl = env.DATABASE_URL ? env.DATABASE_DIRECT_URL : undefined;
  const direct = directUrl ? connectDatabase({ url: directUrl, max: 4, ...connection }) : handle;
  return {
    handle,
    direct,
    embedded,
    async close() {
      if (direct !== handle) await direct.close();
      await handle.close();
      await embedded?.stop();
    },
  };
}
