import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertEvent, insertSeatVenue } from '../routers/holds/fixtures.js';
import { insertResources, insertVenue, localAt } from '../test-fixtures.js';
import { createTestApi } from '../testing.js';

// Booking codes are random; here they come from a list, so a draw of a code already in use is certain.
const drawn = vi.hoisted(() => ({ codes: [] as string[] }));
vi.mock('@reserva/domain', async (original) => ({
  ...(await original<typeof import('@reserva/domain')>()),
  generateBookingCode: () => drawn.codes.shift() ?? 'BK-ZZZZZZ',
}));

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const codes = async () =>
  (await database.db.selectFrom('bookings').select('code').orderBy('code').execute()).map((row) => row.code);

describe('a booking code already in use', () => {
  beforeEach(() => {
    drawn.codes = [];
  });

  it('is drawn again for a table booking, which then goes through once', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'warung', settings: {} });
    await insertResources(database, venue.id, 'table', [
      { label: 'T1', capacity: 4 },
      { label: 'T2', capacity: 4 },
    ]);
    const book = () =>
      testApi.client().api.bookings.create({
        venueId: venue.id,
        start: localAt('Asia/Jakarta', 3, '19:00').toISOString(),
        partySize: 2,
        contact: { name: 'Rina', phone: '0812 1111 2222' },
      });
    drawn.codes = ['BK-AAAAAA'];
    await book();
    drawn.codes = ['BK-AAAAAA', 'BK-BBBBBB'];
    expect(await book()).toMatchObject({ code: 'BK-BBBBBB', items: [{ label: 'T2' }] });
    expect(await codes()).toEqual(['BK-AAAAAA', 'BK-BBBBBB']);
  });

  it('is drawn again for a seat hold, which then holds its seats once', async () => {
    const hall = await insertSeatVenue(database, { slug: 'braga', rows: 1, cols: 4 });
    const eventId = await insertEvent(database, {
      venueId: hall.venueId,
      layoutId: hall.layoutId,
      priceMinor: 50_000,
    });
    drawn.codes = ['BK-AAAAAA'];
    await testApi.client().api.holds.create({ eventId, seatIds: [hall.seats.A1!] });
    drawn.codes = ['BK-AAAAAA', 'BK-BBBBBB'];
    const hold = await testApi
      .client()
      .api.holds.create({ eventId, seatIds: [hall.seats.A2!, hall.seats.A3!] });
    expect(hold.seats.map((seat) => seat.label)).toEqual(['A2', 'A3']);
    expect(await codes()).toEqual(['BK-AAAAAA', 'BK-BBBBBB']);
    const items = await database.db
      .selectFrom('booking_items')
      .select('booking_id')
      .where('booking_id', '=', hold.holdId)
      .execute();
    expect(items).toHaveLength(2);
  });
});
