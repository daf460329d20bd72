import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../migrate.js';
import { useTestDatabase } from '../testing.js';

const database = await useTestDatabase();
const { db } = database;

async function hold(code: string) {
  const venue = await db
    .insertInto('venues')
    .values({ slug: `bioskop-${code.toLowerCase()}`, kind: 'cinema', name: 'Bioskop', settings: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await db
    .insertInto('bookings')
    .values({
      code,
      venue_id: venue.id,
      status: 'HELD',
      starts_at: '2030-01-01T19:00:00+07:00',
      ends_at: '2030-01-01T21:00:00+07:00',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const payment = (bookingId: string, status: string, createdAt: string, key: string) =>
  sql`INSERT INTO payments (booking_id, provider, status, amount_minor, currency, idempotency_key, created_at)
      VALUES (${bookingId}, 'card', ${status}, 50000, 'IDR', ${key}, ${createdAt})`.execute(db);

const startedAt = async () =>
  (
    await sql<{ code: string; started: Date | null }>`
      SELECT code, checkout_started_at AS started FROM bookings ORDER BY code`.execute(db)
  ).rows;

describe('migration 0005: the checkout in flight is marked on the hold', () => {
  it('marks holds whose payment is still PENDING with its start, and no other', async () => {
    expect(await migrateTo(db, '0004-best-fit-index')).toContain('0005-checkout-on-hold');
    const paying = await hold('BK-AAAAAA');
    const declined = await hold('BK-BBBBBB');
    await hold('BK-CCCCCC');
    await payment(paying, 'FAILED', '2030-01-01T10:00:00Z', 'first-card');
    await payment(paying, 'PENDING', '2030-01-01T10:05:00Z', 'second-card');
    await payment(declined, 'FAILED', '2030-01-01T10:00:00Z', 'declined-card');

    expect(await migrateToLatest(db)).toContain('0005-checkout-on-hold');
    expect(await startedAt()).toEqual([
      { code: 'BK-AAAAAA', started: new Date('2030-01-01T10:05:00Z') },
      { code: 'BK-BBBBBB', started: null },
      { code: 'BK-CCCCCC', started: null },
    ]);
  });

  it('undoes itself, keeping the holds and their payments', async () => {
    const paying = await hold('BK-DDDDDD');
    await payment(paying, 'PENDING', '2030-01-01T10:05:00Z', 'paying');
    expect(await migrateTo(db, '0004-best-fit-index')).toContain('0005-checkout-on-hold');
    const { rows } = await sql<{ status: string }>`
      SELECT status FROM payments WHERE booking_id = ${paying}`.execute(db);
    expect(rows).toEqual([{ status: 'PENDING' }]);
    await migrateToLatest(db);
    expect((await startedAt()).find((row) => row.code === 'BK-DDDDDD')?.started).toEqual(
      new Date('2030-01-01T10:05:00Z'),
    );
  });
});
