import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './testing.js';

const database = await useTestDatabase();

async function tableWithBooking() {
  const { db } = database;
  const venue = await db
    .insertInto('venues')
    .values({ slug: 'warung', kind: 'restaurant', name: 'Warung', settings: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  const table = await db
    .insertInto('resources')
    .values({ venue_id: venue.id, kind: 'table', label: 'T4', capacity: 4 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const booking = async (code: string) =>
    db
      .insertInto('bookings')
      .values({
        code,
        venue_id: venue.id,
        status: 'CONFIRMED',
        starts_at: '2030-01-01T19:00:00+07:00',
        ends_at: '2030-01-01T20:30:00+07:00',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  return { tableId: table.id, booking };
}

describe('the no-double-booking invariant is enforced by PostgreSQL', () => {
  it('refuses a second active item overlapping the same resource with 23P01', async () => {
    const { tableId, booking } = await tableWithBooking();
    const first = await booking('BK-AAAAAA');
    const second = await booking('BK-BBBBBB');
    await sql`INSERT INTO booking_items (booking_id, resource_id, period)
              VALUES (${first.id}, ${tableId}, '[2030-01-01 19:00+07, 2030-01-01 20:30+07)')`.execute(
      database.db,
    );

    await expect(
      sql`INSERT INTO booking_items (booking_id, resource_id, period)
          VALUES (${second.id}, ${tableId}, '[2030-01-01 20:00+07, 2030-01-01 21:00+07)')`.execute(
        database.db,
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'booking_items_no_overlap' });

    const { count } = await database.db
      .selectFrom('booking_items')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(1);
  });

  it('allows back-to-back periods and overlaps with an inactive item', async () => {
    const { tableId, booking } = await tableWithBooking();
    const first = await booking('BK-CCCCCC');
    const second = await booking('BK-DDDDDD');
    await sql`INSERT INTO booking_items (booking_id, resource_id, period, active)
              VALUES (${first.id}, ${tableId}, '[2030-01-01 19:00+07, 2030-01-01 20:30+07)', false)`.execute(
      database.db,
    );
    await sql`INSERT INTO booking_items (booking_id, resource_id, period)
              VALUES (${second.id}, ${tableId}, '[2030-01-01 19:00+07, 2030-01-01 20:30+07)'),
                     (${second.id}, ${tableId}, '[2030-01-01 20:30+07, 2030-01-01 22:00+07)')`.execute(
      database.db,
    );
    const { count } = await database.db
      .selectFrom('booking_items')
      .where('active', '=', true)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(2);
  });
});
