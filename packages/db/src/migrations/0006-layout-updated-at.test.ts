import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../migrate.js';
import { useTestDatabase } from '../testing.js';

const database = await useTestDatabase();
const { db } = database;

describe('migration 0006: layouts say when they last changed', () => {
  it('dates existing layouts from their creation, and undoes itself keeping them', async () => {
    expect(await migrateTo(db, '0005-checkout-on-hold')).toContain('0006-layout-updated-at');
    const venue = await db
      .insertInto('venues')
      .values({ slug: 'bioskop', kind: 'cinema', name: 'Bioskop', settings: {} })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO layouts (venue_id, name, kind, rows, cols, created_at)
      VALUES (${venue.id}, 'Studio 1', 'hall', 2, 2, '2030-01-01T10:00:00Z')`.execute(db);

    expect(await migrateToLatest(db)).toContain('0006-layout-updated-at');
    const dated = await sql<{ updated: Date }>`SELECT updated_at AS updated FROM layouts`.execute(db);
    expect(dated.rows).toEqual([{ updated: new Date('2030-01-01T10:00:00Z') }]);

    await migrateTo(db, '0005-checkout-on-hold');
    expect((await sql`SELECT name FROM layouts`.execute(db)).rows).toEqual([{ name: 'Studio 1' }]);
    await migrateToLatest(db);
  });
});
