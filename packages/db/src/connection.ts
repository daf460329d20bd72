import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PreparingClient } from './prepared-statements.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  url: string;
  close(): Promise<void>;
}

// bigint (int8) and numeric come back as strings by default; our counts and money fit in a double.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC)
      return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface ConnectOptions {
  url: string;
  max?: number;
  /**
   * How long opening a new connection may take before the query that needed it fails (0: for
   * ever). A server sets it so calls fail fast while the database cannot be reached. Waiting for a
   * free connection of a busy pool is not limited: a busy pool is load, not an outage (and while
   * the database is away the pool empties, so nobody waits for it).
   */
  connectTimeoutMillis?: number;
  /** Shown in `pg_stat_activity`, so an operator sees whose connections these are. */
  applicationName?: string;
  onPoolError?: (error: Error) => void;
  /**
   * Named prepared statements (default on). Off for a pooler in transaction mode that cannot
   * carry them between server connections (PgBouncer before 1.21, docs/scaling.md).
   */
  preparedStatements?: boolean;
}

export function connectDatabase({
  url,
  max = 20,
  connectTimeoutMillis = 0,
  applicationName = 'reserva',
  onPoolError,
  preparedStatements = true,
}: ConnectOptions): DatabaseHandle {
  const Base = preparedStatements ? PreparingClient : pg.Client;
  // The pool's own connectionTimeoutMillis would also limit the wait for a free connection; the
  // client's limits only the connecting.
  class Client extends Base {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeoutMillis });
    }
  }
  const pool = new pg.Pool({ connectionString: url, max, application_name: applicationName, types, Client });
  let closed = false;
  // An idle client can lose its server (restart, shutdown); without a listener that crashes Node.
  // Once the pool is closing, its connections end while PostgreSQL may already be stopping: expected.
  pool.on('error', (error) => {
    // pg-pool attaches the whole client (its prepared statements included), which logs would print.
    delete (error as { client?: unknown }).client;
    if (!closed) onPoolError?.(error);
  });
  // The pool listens only to idle clients. A checked-out one (between two statements of a
  // transaction, say) that loses its server would crash Node with an unhandled 'error' event; the
  // statement it runs or the next one fails with that error instead, and the pool drops the client
  // when it comes back unusable.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    url,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
