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
  onPoolError,
  preparedStatements = true,
}: ConnectOptions): DatabaseHandle {
  const Client = preparedStatements ? PreparingClient : pg.Client;
  const pool = new pg.Pool({ connectionString: url, max, types, Client });
  let closed = false;
  // An idle client can lose its server (restart, shutdown); without a listener that crashes Node.
  // Once the pool is closing, its connections end while PostgreSQL may already be stopping: expected.
  pool.on('error', (error) => {
    if (!closed) onPoolError?.(error);
  });
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
