import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { insertResources, insertVenue, localAt } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';

const database = await useTestDatabase();
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const servers: ChildProcess[] = [];
afterAll(() => {
  for (const server of servers) server.kill('SIGKILL');
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A real server process (the built `dist/main.js`) on the test database. */
async function startServerProcess() {
  expect(existsSync(MAIN), `${MAIN} is missing: run pnpm build first`).toBe(true);
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      NODE_ENV: 'test',
      RESERVA_WORKER: 'false',
      RESERVA_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
  });
  servers.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, child };
    if (tries > 200 || child.exitCode !== null) throw new Error('the server process did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const createBooking = (url: string, input: unknown, key: string) =>
  fetch(`${url}/trpc/bookings.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(input),
  });

async function until(what: string, check: () => Promise<boolean>) {
  for (let tries = 0; tries < 200; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('a server killed with SIGKILL in the middle of bookings.create', () => {
  it('books once: the retry under the same key on a new process makes the booking, and a later retry names it', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'warung-crash' });
    await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const input = {
      venueId: venue.id,
      partySize: 2,
      start: localAt('Asia/Jakarta', 2, '19:00'),
      contact: { name: 'Tamu', phone: '081234567890' },
    };
    const key = randomUUID();

    // Holds the create in the middle: its key row is written, its booking statement waits.
    const blocker = await database.pool.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE bookings IN SHARE ROW EXCLUSIVE MODE');
    try {
      await killedMidCreate();
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }

    async function killedMidCreate() {
      const first = await startServerProcess();
      const lost = createBooking(first.url, input, key).then(
        () => 'answered',
        () => 'connection lost',
      );
      await until('the create waits on the lock', async () => {
        // Not on the blocker's connection: inside a transaction the activity view is a snapshot.
        const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO bookings%'`.execute(database.db);
        return rows[0]!.n === 1;
      });
      first.child.kill('SIGKILL');
      expect(await lost).toBe('connection lost');
    }

    // The dead process's transaction never commits: neither its key nor its booking remain.
    const second = await startServerProcess();
    const retry = await createBooking(second.url, input, key);
    expect(retry.status).toBe(200);
    const answer = (await retry.json()) as { result: { data: { id: string; code: string } } };
    const bookings = await database.db.selectFrom('bookings').select(['id', 'code']).execute();
    expect(bookings).toEqual([{ id: answer.result.data.id, code: answer.result.data.code }]);

    // The answer to the retry was lost too: the next retry gets the same booking.
    const again = await createBooking(second.url, input, key);
    expect(((await again.json()) as typeof answer).result.data.id).toBe(answer.result.data.id);
    expect(await database.db.selectFrom('bookings').select('id').execute()).toHaveLength(1);
    expect(await database.db.selectFrom('idempotency_keys').select('scope').execute()).toHaveLength(1);
    // Two server processes start in this test: seconds each on a busy machine.
  }, 120_000);
});
