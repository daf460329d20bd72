import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { insertEvent, insertSeatVenue } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type ReservaClient, type SeatChange } from './index.js';

/**
 * Live seat maps across server processes: two real servers (the built `main.js`, as users run it)
 * on one database, a typed client on each. What crosses between them is PostgreSQL's NOTIFY and the
 * change_feed table, nothing in memory.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const serverMain = fileURLToPath(new URL('../../../apps/server/dist/main.js', import.meta.url));
if (!existsSync(serverMain)) {
  // Skipping would pass silently without ever testing across processes: fail and say what to do.
  throw new Error(
    `${serverMain} is missing: build it first with \`npx tsc -b\` (\`pnpm test\` builds first)`,
  );
}

const database = await useTestDatabase();

interface ServerProcess {
  url: string;
  output: string[];
  stop(): Promise<void>;
}

const servers: ServerProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function startServerProcess(name: string): Promise<ServerProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serverMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      RESERVA_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;
  // Last resort if this test process ends without afterAll (a crash, a kill): no orphan servers.
  process.once('exit', () => running() && child.kill('SIGKILL'));

  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    output,
    async stop() {
      if (!running()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
  servers.push(server);

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (!running()) {
      throw new Error(`server ${name} exited before it was ready:\n${output.join('\n')}`);
    }
    const ready = await fetch(`${server.url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return server;
    if (Date.now() > deadline) throw new Error(`server ${name} not ready in 20 s:\n${output.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let processA: ServerProcess;
let processB: ServerProcess;

beforeAll(async () => {
  // One after the other: two processes starting at the same instant on a fresh database can
  // deadlock in pg-boss's createQueue (40P01), and the loser exits. That is a start-up problem,
  // reported separately; this file is about what happens once both run.
  processA = await startServerProcess('A');
  processB = await startServerProcess('B');
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
});

interface Received {
  id: string;
  data: SeatChange;
  at: number;
}

/** A live viewer of one event's seat map: every change it receives, with when it arrived. */
function viewer(client: ReservaClient, eventId: string, lastEventId: string) {
  const received: Received[] = [];
  const errors: unknown[] = [];
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const subscription = client.events.onSeatChange.subscribe(
    { eventId, lastEventId },
    {
      onStarted: () => started(),
      onData: (envelope) => received.push({ id: envelope.id, data: envelope.data, at: performance.now() }),
      onError: (error) => errors.push(error),
    },
  );
  return { received, errors, ready, stop: () => subscription.unsubscribe() };
}

type Viewer = ReturnType<typeof viewer>;

/** Resolves with the first change matching `match`, or fails after `timeoutMs`. */
async function arrival(of: Viewer, match: (change: SeatChange) => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const found = of.received.find((change) => match(change.data));
    if (found) return found;
    if (of.errors.length > 0) throw of.errors[0];
    if (performance.now() > deadline) {
      throw new Error(
        `no matching change within ${timeoutMs} ms; received ${JSON.stringify(of.received.map((r) => r.data))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function showtime() {
  const venue = await insertSeatVenue(database, { slug: 'bioskop-live', rows: 4, cols: 8 });
  const eventId = await insertEvent(database, { venueId: venue.venueId, layoutId: venue.layoutId });
  return { eventId, seats: venue.seats };
}

describe('live seat maps across two server processes on one database', () => {
  it('each process’s subscriber sees holds made through the other within a second', async () => {
    const { eventId, seats } = await showtime();
    const clientA = createClient({ url: processA.url });
    const clientB = createClient({ url: processB.url });
    const { lastChangeId } = await clientA.events.seatMap.query({ eventId });

    const onA = viewer(clientA, eventId, lastChangeId);
    const onB = viewer(clientB, eventId, lastChangeId);
    try {
      await Promise.all([onA.ready, onB.ready]);

      const throughA = await clientA.holds.create.mutate({ eventId, seatIds: [seats.A1!, seats.A2!] });
      const answeredA = performance.now();
      const seenOnB = await arrival(onB, (change) => change.holdId === throughA.holdId, 1_000);
      expect(seenOnB.data).toEqual({
        seatIds: [seats.A1, seats.A2],
        status: 'held',
        holdId: throughA.holdId,
      });
      expect(seenOnB.at - answeredA).toBeLessThan(1_000);

      const throughB = await clientB.holds.create.mutate({ eventId, seatIds: [seats.B5!] });
      const answeredB = performance.now();
      const seenOnA = await arrival(onA, (change) => change.holdId === throughB.holdId, 1_000);
      expect(seenOnA.data).toEqual({ seatIds: [seats.B5], status: 'held', holdId: throughB.holdId });
      expect(seenOnA.at - answeredB).toBeLessThan(1_000);

      // Both viewers saw the same two changes under the same ids, in commit order.
      await arrival(onB, (change) => change.holdId === throughB.holdId, 1_000);
      await arrival(onA, (change) => change.holdId === throughA.holdId, 1_000);
      const ids = (of: Viewer) => of.received.map((change) => change.id);
      expect(ids(onA)).toEqual(ids(onB));
      expect(onA.received.map((change) => change.data.holdId)).toEqual([throughA.holdId, throughB.holdId]);
    } finally {
      onA.stop();
      onB.stop();
    }
  });

  it('a subscriber that reconnects with lastEventId gets exactly the changes it missed, in order', async () => {
    const { eventId, seats } = await showtime();
    const clientA = createClient({ url: processA.url });
    const clientB = createClient({ url: processB.url });
    const { lastChangeId } = await clientB.events.seatMap.query({ eventId });

    // A viewer on A stays connected throughout: what it sees is what B must catch up on.
    const onA = viewer(clientA, eventId, lastChangeId);
    const onB = viewer(clientB, eventId, lastChangeId);
    try {
      await Promise.all([onA.ready, onB.ready]);
      const first = await clientA.holds.create.mutate({ eventId, seatIds: [seats.C1!] });
      const lastSeenByB = await arrival(onB, (change) => change.holdId === first.holdId, 1_000);
      onB.stop();

      // While B is away: a hold and its release, both through A.
      const second = await clientA.holds.create.mutate({ eventId, seatIds: [seats.D3!, seats.D4!] });
      await clientA.holds.release.mutate({ holdToken: second.holdToken });
      const released = [seats.D3!, seats.D4!].sort();
      const missed = [
        { seatIds: released, status: 'held', holdId: second.holdId },
        { seatIds: released, status: 'available', holdId: second.holdId },
      ];
      await arrival(onA, (change) => change.status === 'available', 1_000);

      const resumed = viewer(clientB, eventId, lastSeenByB.id);
      try {
        await resumed.ready;
        await arrival(resumed, (change) => change.status === 'available', 1_000);
        // Anything extra (a replay of the first hold, a duplicate) would have arrived by now.
        await sleep(300);
        // Seat order within a change is not part of the contract (a release lists seats in id order).
        expect(resumed.received.map(({ data }) => ({ ...data, seatIds: [...data.seatIds].sort() }))).toEqual(
          missed,
        );
        const afterLastSeen = onA.received.filter((change) => BigInt(change.id) > BigInt(lastSeenByB.id));
        expect(resumed.received.map((change) => change.id)).toEqual(afterLastSeen.map((change) => change.id));
        expect(resumed.errors).toEqual([]);
      } finally {
        resumed.stop();
      }
    } finally {
      onA.stop();
      onB.stop();
    }
  });
});
