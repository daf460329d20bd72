import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { insertEvent, insertSeatVenue } from '@reserva/api/testing';
import { connectDatabase, type EmbeddedServer, startEmbeddedPostgres } from '@reserva/db';
import { freePort, type ServerProcess, startServerProcess } from '@reserva/server/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ReservaClient, TRPCClientError } from './index.js';
import { arrival, type Viewer, viewer } from './seat-viewer.testing.js';

/**
 * PostgreSQL stopped (fast shutdown) and started again under load, twice in a row, with two real
 * server processes on it: what an operator's restart, a failover or a crash of the database does.
 * The database is this file's own embedded server; the shared test cluster must never stop.
 */

const dataDir = resolve(`.reserva/test-restart-${process.pid}`);
const port = await freePort();
const startPostgres = () => startEmbeddedPostgres({ dataDir, port });

let postgres: EmbeddedServer;
let database: ReturnType<typeof connectDatabase>;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  postgres = await startPostgres();
  // The first server migrates; the second starts after it (two at once can deadlock in pg-boss's setup).
  for (const name of ['A', 'B']) {
    servers.push(await startServerProcess(name, { DATABASE_URL: postgres.url }));
  }
  database = connectDatabase({ url: postgres.url, applicationName: 'reserva-test' });
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await database?.close();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.log`, { force: true });
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Answer {
  server: string;
  what: string;
  status: number;
  retryAfter: string | null;
  code: string | undefined;
  message: string | undefined;
  data: unknown;
  startedAt: number;
  ms: number;
}

/** One HTTP call as any client makes it: status, Retry-After, tRPC error code, and how long it took. */
async function call(server: ServerProcess, what: string, input?: unknown): Promise<Answer> {
  const startedAt = performance.now();
  const [kind, path] = what.split(' ') as ['GET' | 'POST', string];
  const url =
    path === '/readyz'
      ? `${server.url}/readyz`
      : kind === 'GET'
        ? `${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
        : `${server.url}/trpc/${path}`;
  const answer = await fetch(url, {
    method: kind,
    ...(kind === 'POST'
      ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) }
      : {}),
  }).then(
    async (response) => ({ response, body: (await response.json()) as Record<string, never> }),
    () => null,
  );
  const body = answer?.body as
    | { result?: { data: unknown }; error?: { message: string; data: { code: string } } }
    | undefined;
  return {
    server: server.url,
    what,
    status: answer?.response.status ?? 0,
    retryAfter: answer?.response.headers.get('retry-after') ?? null,
    code: body?.error?.data.code,
    message: body?.error?.message,
    data: body?.result?.data ?? body,
    startedAt,
    ms: performance.now() - startedAt,
  };
}

/**
 * A few clients on each server, each holding and releasing seats of its own and reading the seat
 * map, until stopped. A seat whose hold was answered 503 may or may not be held: it is not used again.
 */
function startLoad(eventId: string, seatsPerClient: string[][]) {
  const answers: Answer[] = [];
  const problems: string[] = [];
  let stopped = false;
  const clients = seatsPerClient.map(async (free, index) => {
    const server = servers[index % servers.length]!;
    while (!stopped) {
      const seatId = free.shift();
      if (!seatId) {
        problems.push(`load client ${index} ran out of seats`);
        return;
      }
      const hold = await call(server, 'POST holds.create', { eventId, seatIds: [seatId] });
      answers.push(hold);
      if (hold.status === 200) {
        const { holdToken } = hold.data as { holdToken: string };
        const release = await call(server, 'POST holds.release', { holdToken });
        answers.push(release);
        if (release.status === 200) free.push(seatId);
      }
      answers.push(await call(server, 'GET events.seatMap', { eventId }));
      // A client told to retry later waits a little (not the whole Retry-After: the test wants
      // calls during the outage).
      await sleep(hold.status === 503 ? 300 : 20);
    }
  });
  return {
    answers,
    problems,
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}

const UNAVAILABLE = 'Reserva cannot reach its database right now; try again in a few seconds';

/**
 * A call retried while it answers 503, as a client told to retry does: on a machine this busy,
 * opening the first connections after a restart can take longer than the connection timeout.
 */
async function retried<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries === 10 || !(error instanceof TRPCClientError) || error.data?.code !== 'SERVICE_UNAVAILABLE')
        throw error;
      await sleep(200);
    }
  }
}

/** Polls until `answer` is 200; resolves with when that was. */
async function firstSuccess(ask: () => Promise<Answer>, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (answer.status === 200) return performance.now();
    if (performance.now() > deadline) {
      throw new Error(`no success within ${timeoutMs} ms; last answer ${JSON.stringify(answer)}`);
    }
    await sleep(50);
  }
}

/** Every change of the topic after `afterId`, from the database, in order. */
const changesAfter = async (topic: string, afterId: string) =>
  (
    await database.db
      .selectFrom('change_feed')
      .select('id')
      .where('topic', '=', topic)
      .where('id', '>', afterId)
      .orderBy('id')
      .execute()
  ).map((row) => String(row.id));

/** The pool's open connections as the server counts them, and the live sessions PostgreSQL has for it. */
async function poolAgainstPostgres(server: ServerProcess) {
  const ready = await call(server, 'GET /readyz');
  const { connections } = ready.data as { connections: { open: number } };
  const { rows } = await sql<{ sessions: number }>`
    SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE application_name = ${`reserva:${server.pid}`}`.execute(
    database.db,
  );
  return { pool: connections.open, postgres: rows[0]!.sessions };
}

describe('a PostgreSQL restart under load', () => {
  it('twice: no server exits, calls get 503 + Retry-After within a second while it is down and succeed within 5 s of it being back, open seat-map subscriptions receive every change, pools keep no dead connection', async () => {
    const venue = await insertSeatVenue(
      { ...database, truncate: async () => {} },
      { slug: 'bioskop-restart', rows: 12, cols: 20 },
    );
    const eventId = await insertEvent(
      { ...database, truncate: async () => {} },
      { venueId: venue.venueId, layoutId: venue.layoutId },
    );
    const seatIds = Object.values(venue.seats);
    // Fifty seats for each of four load clients (two on each server), the rest for the changes checked below.
    const seatsPerClient = [0, 1, 2, 3].map((client) => seatIds.slice(client * 50, client * 50 + 50));
    const spareSeats = seatIds.slice(200);

    const clients: ReservaClient[] = servers.map((server) => createClient({ url: server.url }));
    const { lastChangeId: subscribedAfter } = await clients[0]!.events.seatMap.query({ eventId });
    const viewers: Viewer[] = clients.map((client) => viewer(client, eventId, subscribedAfter));
    await Promise.all(viewers.map((each) => each.ready));
    const load = startLoad(eventId, seatsPerClient);
    const outages: { from: number; to: number }[] = [];

    try {
      for (const round of [1, 2]) {
        await sleep(500);
        await postgres.stop();
        const downAt = performance.now();

        // While it is down: readiness, a query and a mutation on each server, each answered 503 fast.
        for (const server of servers) {
          const answers = await Promise.all([
            call(server, 'GET /readyz'),
            call(server, 'GET events.seatMap', { eventId }),
            call(server, 'POST holds.create', { eventId, seatIds: [spareSeats[0]] }),
          ]);
          expect(server.running(), `server ${server.url}:\n${server.output.join('\n')}`).toBe(true);
          for (const answer of answers) {
            expect(answer, `round ${round}`).toMatchObject({ status: 503, retryAfter: '2' });
            expect(answer.ms, `${answer.what} in round ${round}`).toBeLessThan(1_000);
          }
          expect(answers[0]!.data).toEqual({ status: 'unavailable', reason: 'database unreachable' });
          for (const answer of answers.slice(1)) {
            expect(answer).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE });
          }
        }
        // The load clients meet the outage too.
        await sleep(1_000);

        outages.push({ from: downAt, to: performance.now() });
        postgres = await startPostgres();
        const upAt = performance.now();

        for (const server of servers) {
          for (const [what, input] of [['GET events.seatMap', { eventId }], ['GET /readyz']] as const) {
            const recoveredAt = await firstSuccess(() => call(server, what, input), 5_000);
            expect(recoveredAt - upAt, `${what} on ${server.url} in round ${round}`).toBeLessThan(5_000);
          }
        }

        // Changes made after the restart, through both servers: a hold and its release on one, and
        // a hold on the other that the hold sweeper of a worker expires once its time is past.
        const [first, second] = [spareSeats[round * 3]!, spareSeats[round * 3 + 1]!];
        const onB = await retried(() =>
          clients[1]!.holds.create.mutate({ eventId, seatIds: [first, second] }),
        );
        await retried(() => clients[1]!.holds.release.mutate({ holdToken: onB.holdToken }));
        const onA = await retried(() =>
          clients[0]!.holds.create.mutate({ eventId, seatIds: [spareSeats[round * 3 + 2]!] }),
        );
        await database.db
          .updateTable('bookings')
          .set({ hold_expires_at: sql`now() - interval '1 second'` })
          .where('id', '=', onA.holdId)
          .execute();

        for (const each of viewers) {
          // The sweeper runs every 5 s in each worker.
          await arrival(
            each,
            (change) => change.holdId === onA.holdId && change.status === 'available',
            12_000,
          );
          expect(
            each.received
              .filter(({ data }) => data.holdId === onB.holdId || data.holdId === onA.holdId)
              .map(({ data }) => [data.holdId, data.status]),
          ).toEqual([
            [onB.holdId, 'held'],
            [onB.holdId, 'available'],
            [onA.holdId, 'held'],
            [onA.holdId, 'available'],
          ]);
          // Every change since it subscribed, none twice, none left out, across both restarts.
          const ids = each.received.map((change) => change.id);
          const stored = await changesAfter(`event:${eventId}:seats`, subscribedAfter);
          expect(ids).toEqual(stored.slice(0, ids.length));
          expect(each.errors).toEqual([]);
        }
        const expired = await database.db
          .selectFrom('bookings')
          .select('status')
          .where('id', '=', onA.holdId)
          .executeTakeFirstOrThrow();
        expect(expired.status).toBe('EXPIRED');

        for (const server of servers) {
          expect(server.running(), `server ${server.url}:\n${server.output.join('\n')}`).toBe(true);
          // Every connection the pool keeps is a live session: nothing dead was kept.
          await expect
            .poll(() => poolAgainstPostgres(server), { timeout: 3_000, interval: 100 })
            .toSatisfy(({ pool, postgres: sessions }) => pool > 0 && pool === sessions);
        }
      }
    } finally {
      await load.stop();
      for (const each of viewers) each.stop();
    }

    expect(load.problems).toEqual([]);
    // What the load clients saw: successes, and 503s with Retry-After within a second, nothing else.
    const unexpected = load.answers.filter((answer) => answer.status !== 200 && answer.status !== 503);
    expect(unexpected).toEqual([]);
    const unavailable = load.answers.filter((answer) => answer.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const answer of unavailable) {
      expect(answer).toMatchObject({ retryAfter: '2', code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE });
    }
    // Every call made while the database was down was one of those, answered within a second. (A
    // call in flight while PostgreSQL was shutting down had done part of its work before.)
    const duringOutage = load.answers.filter((answer) =>
      outages.some(({ from, to }) => answer.startedAt >= from && answer.startedAt < to),
    );
    expect(duringOutage.length).toBeGreaterThan(0);
    expect(duringOutage.filter((answer) => answer.status !== 503 || answer.ms >= 1_000)).toEqual([]);
    const afterLast = load.answers.filter((answer) => answer.startedAt > outages.at(-1)!.to);
    expect(afterLast.filter((answer) => answer.status === 200).length).toBeGreaterThan(0);
    for (const server of servers) expect(server.output.join('\n')).not.toMatch(/Unhandled|uncaught/i);
  }, 120_000);
});
