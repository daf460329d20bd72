import { useTestDatabase } from '@reserva/db/testing';
import { describe, expect, it } from 'vitest';
import { seatTopic } from '../live/seat-changes.js';
import { insertEvent, insertSeatVenue } from '../routers/holds/fixtures.js';
import { pruneChangeFeed } from './sweeps.service.js';

const database = await useTestDatabase();
const { db } = database;

const topics = async () =>
  (await db.selectFrom('change_feed').select('topic').orderBy('id').execute()).map((row) => row.topic);

describe('pruneChangeFeed', () => {
  it('deletes the live seat changes of events ended over a day ago, and keeps the rest', async () => {
    const hall = await insertSeatVenue(database, { slug: 'braga', rows: 1, cols: 2 });
    const at = (startsInHours: number) =>
      insertEvent(database, { venueId: hall.venueId, layoutId: hall.layoutId, startsInHours, hours: 2 });
    const longOver = await at(-30);
    const justOver = await at(-5);
    const coming = await at(24);
    await db.transaction().execute(async (trx) => {
      for (const eventId of [longOver, justOver, coming, longOver]) {
        await trx
          .insertInto('change_feed')
          .values({ topic: seatTopic(eventId), payload: '{}' })
          .execute();
      }
      await trx.insertInto('change_feed').values({ topic: 'something:else', payload: '{}' }).execute();
    });

    expect(await pruneChangeFeed({ db, now: new Date() })).toBe(2);
    expect(await topics()).toEqual([seatTopic(justOver), seatTopic(coming), 'something:else']);
    expect(await pruneChangeFeed({ db, now: new Date() })).toBe(0);
  });
});
