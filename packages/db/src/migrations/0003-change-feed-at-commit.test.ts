import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../migrate.js';
import { useTestDatabase } from '../testing.js';

const database = await useTestDatabase();
const { db } = database;

const feed = async () =>
  (await sql<{ id: number; topic: string }>`SELECT id, topic FROM change_feed ORDER BY id`.execute(db)).rows;

describe('migration 0003: change-feed positions drawn at commit', () => {
  it('keeps the positions already given, and goes on after the highest', async () => {
    expect(await migrateTo(db, '0002-seat-holds')).toContain('0003-change-feed-at-commit');
    await sql`INSERT INTO change_feed (topic, payload) VALUES ('a', '{}'), ('a', '{}'), ('b', '{}')`.execute(
      db,
    );
    const before = await feed();
    expect(before.map((row) => row.id)).toEqual([1, 2, 3]);

    expect(await migrateToLatest(db)).toContain('0003-change-feed-at-commit');
    expect(await feed()).toEqual(before);
    await db
      .transaction()
      .execute((trx) => trx.insertInto('change_feed').values({ topic: 'a', payload: '{}' }).execute());
    expect((await feed()).map((row) => row.id)).toEqual([1, 2, 3, 4]);
  });

  it('undoes itself, keeping every committed change', async () => {
    await db.insertInto('change_feed').values({ topic: 'a', payload: '{}' }).execute();
    const before = await feed();
    await migrateTo(db, '0002-seat-holds');
    expect(await feed()).toEqual(before);
    await sql`INSERT INTO change_feed (topic, payload) VALUES ('a', '{}')`.execute(db);
    expect((await feed()).at(-1)!.id).toBeGreaterThan(before.at(-1)!.id);
    await migrateToLatest(db);
  });
});
