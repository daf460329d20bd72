import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { type Change, createChangeFeed } from './change-feed.js';

const database = await useTestDatabase();
const feed = createChangeFeed(database.db, { url: database.url });
afterAll(() => feed.close());

/** Collects what a subscriber receives, until `count` changes arrived. */
function collect(topic: string, count: number, lastEventId?: string) {
  const received: Change[] = [];
  return (async () => {
    for await (const change of feed.subscribe(topic, { lastEventId })) {
      received.push(change);
      if (received.length === count) break;
    }
    return received;
  })();
}

const positions = () =>
  database.db.selectFrom('change_feed').select(['id', 'payload']).orderBy('id').execute();

describe('the change feed', () => {
  it('a writer still inside its transaction holds up no other writer of the topic', async () => {
    await database.db.connection().execute(async (slow) => {
      await sql`BEGIN`.execute(slow);
      await feed.publish(slow, 'event:1:seats', { step: 'slow' });
      // Before migration 0003 this waited for the slow writer's commit.
      await database.db.transaction().execute((trx) => feed.publish(trx, 'event:1:seats', { step: 'quick' }));
      expect(await positions()).toEqual([{ id: expect.any(Number), payload: { step: 'quick' } }]);
      await sql`COMMIT`.execute(slow);
    });
    // Positions follow commits: the slow writer appended first but committed second.
    expect((await positions()).map((row) => row.payload)).toEqual([{ step: 'quick' }, { step: 'slow' }]);
  });

  it('a subscriber hears every committed change in order, and a rolled-back one never', async () => {
    // From the start of the topic: when the subscription gets going does not matter.
    const listener = collect('event:2:seats', 3, '0');
    await database.db.transaction().execute((trx) => feed.publish(trx, 'event:2:seats', { n: 1 }));
    await database.db
      .transaction()
      .execute(async (trx) => {
        await feed.publish(trx, 'event:2:seats', { n: 'rolled back' });
        throw new Error('changed my mind');
      })
      .catch(() => {});
    await database.db.transaction().execute(async (trx) => {
      await feed.publish(trx, 'event:2:seats', { n: 2 });
      await feed.publish(trx, 'event:2:seats', { n: 3 });
    });
    const received = await listener;
    expect(received.map((change) => change.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const ids = received.map((change) => Number(change.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));

    // Resuming after the first change replays the rest.
    const resumed = collect('event:2:seats', 2, received[0]!.id);
    expect((await resumed).map((change) => change.payload)).toEqual([{ n: 2 }, { n: 3 }]);
  });

  it('listens again after its connection is killed, and a viewer misses nothing made meanwhile', async () => {
    const listener = collect('event:3:seats', 3, '0');
    await database.db.transaction().execute((trx) => feed.publish(trx, 'event:3:seats', { n: 1 }));
    // As a restart or a failover would: PostgreSQL ends the listening session.
    const killed = await sql<{ killed: boolean }>`
      SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
      WHERE application_name = 'reserva-live' AND datname = current_database()`.execute(database.db);
    expect(killed.rows).toEqual([{ killed: true }]);
    await database.db.transaction().execute((trx) => feed.publish(trx, 'event:3:seats', { n: 2 }));
    await database.db.transaction().execute((trx) => feed.publish(trx, 'event:3:seats', { n: 3 }));
    const received = await listener;
    expect(received.map((change) => change.payload)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);

    // Listening again (with nobody asking it to): later changes reach a new viewer too.
    await expect.poll(listening, { timeout: 5_000 }).toBe(1);
    const next = collect('event:3:seats', 1, received[2]!.id);
    await database.db.transaction().execute((trx) => feed.publish(trx, 'event:3:seats', { n: 4 }));
    expect((await next).map((change) => change.payload)).toEqual([{ n: 4 }]);
  });
});

const listening = async () =>
  (
    await sql<{ count: number }>`
      SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE application_name = 'reserva-live' AND datname = current_database() AND query LIKE 'LISTEN%'`.execute(
      database.db,
    )
  ).rows[0]!.count;
