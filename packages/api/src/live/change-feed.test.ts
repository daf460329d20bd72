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
});
