import { type AddressInfo, createServer } from 'node:net';
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

  it('a server that accepts the connection and never answers (a network fault), past the timeout', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    const { port } = silent.address() as AddressInfo;
    const hung = connectDatabase({
      url: `postgres://reserva:x@127.0.0.1:${port}/reserva`,
      connectTimeoutMillis: 300,
    });
    afterAll(async () => {
      await hung.close();
      silent.close();
    });
    const startedAt = performance.now();
    expect(isConnectionError(await failure(sql`SELECT 1`.execute(hung.db)))).toBe(true);
    expect(performance.now() - startedAt).toBeLessThan(1_000);
  });

  it('but not a statement PostgreSQL refused', async () => {
    expect(isConnectionError(await failure(sql`SELECT 1 / 0`.execute(database.db)))).toBe(false);
    expect(isConnectionError(await failure(sql`SELECT nope FROM nowhere`.execute(database.db)))).toBe(false);
    expect(isConnectionError(new Error('Something else'))).toBe(false);
  });
});
