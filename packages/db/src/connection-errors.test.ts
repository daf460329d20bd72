import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from './connection.js';
import { isConnectionError } from './connection-errors.js';
import { useTestDatabase } from './testing.js';

const database = await useTestDatabase();
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe('isConnectionError: the database cannot be reached, not "the statement failed"', () => {
  it('a refused connection', async () => {
    const nowhere = connectDatabase({ url: 'postgres://reserva:x@127.0.0.1:1/reserva' });
    afterAll(() => nowhere.close());
    expect(isConnectionError(await failure(sql`SELECT 1`.execute(nowhere.db)))).toBe(true);
  });

  it('a session PostgreSQL ends (as at a shutdown), in the middle of a transaction', async () => {
    const error = await failure(
      database.db.transaction().execute(async (trx) => {
        await sql`SELECT pg_terminate_backend(pg_backend_pid())`.execute(trx);
      }),
    );
    expect(isConnectionError(error)).toBe(true);
  });

  it('no connection free within the timeout', async () => {
    const single = connectDatabase({ url: database.url, max: 1, connectionTimeoutMillis: 2_000 });
    afterAll(() => single.close());
    const held = await single.pool.connect();
    try {
      expect(isConnectionError(await failure(sql`SELECT 1`.execute(single.db)))).toBe(true);
    } finally {
      held.release();
    }
  });

  it('but not a statement PostgreSQL refused', async () => {
    expect(isConnectionError(await failure(sql`SELECT 1 / 0`.execute(database.db)))).toBe(false);
    expect(isConnectionError(await failure(sql`SELECT nope FROM nowhere`.execute(database.db)))).toBe(false);
    expect(isConnectionError(new Error('Something else'))).toBe(false);
  });
});
