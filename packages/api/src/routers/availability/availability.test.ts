import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt, localDate } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
const contact = { name: 'Putri', phone: '081511112222' };
let ids: Record<string, string>;

beforeEach(async () => {
  const restaurant = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'resto',
    settings: { openingHours: { open: '17:00', close: '21:00' }, slotStepMinutes: 30 },
  });
  const cowork = await insertVenue(database, { kind: 'coworking', slug: 'cowork' });
  const hotel = await insertVenue(database, { kind: 'hotel', slug: 'hotel' });
  const cinema = await insertVenue(database, { kind: 'cinema', slug: 'bioskop' });
  ids = {
    restaurant: restaurant.id,
    cowork: cowork.id,
    hotel: hotel.id,
    cinema: cinema.id,
    ...(await insertResources(database, restaurant.id, 'table', [{ label: 'T1', capacity: 4 }])),
    ...(await insertResources(database, cowork.id, 'desk', [
      { label: 'D1', priceMinor: 25_000 },
      { label: 'D2', priceMinor: 25_000 },
      { label: 'D3', status: 'maintenance' },
    ])),
    ...(await insertResources(database, hotel.id, 'room', [
      { label: '101', area: 'Standard', capacity: 2, priceMinor: 400_000 },
      { label: '102', area: 'Standard', capacity: 2, priceMinor: 400_000 },
      { label: '201', area: 'Suite', capacity: 4, priceMinor: 1_200_000 },
    ])),
  };
});

const search = testApi.client().api.availability.search;

describe('availability.search', () => {
  it('restaurant: start times in opening hours, closed once the only table is taken', async () => {
    const date = localDate(TZ, 2);
    const before = await search({ venueId: ids.restaurant!, date, partySize: 2 });
    if (before.kind !== 'restaurant') throw new Error('expected restaurant times');
    expect(before.slots.map((slot) => slot.time)).toEqual([
      '17:00',
      '17:30',
      '18:00',
      '18:30',
      '19:00',
      '19:30',
    ]);
    expect(before.slots.every((slot) => slot.available)).toBe(true);

    await testApi.client().api.bookings.create({
      venueId: ids.restaurant!,
      start: localAt(TZ, 2, '18:00').toISOString(),
      partySize: 2,
      contact,
    });
    const after = await search({ venueId: ids.restaurant!, date, partySize: 2 });
    if (after.kind !== 'restaurant') throw new Error('expected restaurant times');
    // 90 minutes from 18:00 blocks every start whose stay would overlap 18:00–19:30.
    expect(after.slots.filter((slot) => slot.available).map((slot) => slot.time)).toEqual(['19:30']);
    const tooMany = await search({ venueId: ids.restaurant!, date, partySize: 5 });
    expect(tooMany.kind === 'restaurant' && tooMany.slots.every((slot) => !slot.available)).toBe(true);
  });

  it('coworking: every desk free or busy for the range, with its map position', async () => {
    const start = localAt(TZ, 1, '09:00').toISOString();
    const end = localAt(TZ, 1, '12:00').toISOString();
    await testApi
      .client()
      .api.bookings.create({ venueId: ids.cowork!, resourceId: ids.D1, start, end, contact });
    const result = await search({
      venueId: ids.cowork!,
      start: localAt(TZ, 1, '11:00').toISOString(),
      end: localAt(TZ, 1, '13:00').toISOString(),
    });
    if (result.kind !== 'coworking') throw new Error('expected desks');
    expect(result.desks.map((desk) => [desk.label, desk.status])).toEqual([
      ['D1', 'busy'],
      ['D2', 'free'],
      ['D3', 'unavailable'],
    ]);
    expect(result.desks[1]).toMatchObject({ row: 0, col: 1, pricePerHourMinor: 25_000 });
  });

  it('hotel: room types with free count, nightly and total price', async () => {
    const checkIn = localDate(TZ, 10);
    const checkOut = localDate(TZ, 13);
    await testApi
      .client()
      .api.bookings.create({ venueId: ids.hotel!, checkIn, checkOut, roomType: 'Standard', contact });
    const result = await search({ venueId: ids.hotel!, checkIn, checkOut, guests: 2 });
    if (result.kind !== 'hotel') throw new Error('expected room types');
    expect(result.nights).toBe(3);
    expect(result.roomTypes.map((t) => [t.type, t.freeCount, t.nightlyMinor, t.totalMinor])).toEqual([
      ['Standard', 1, 400_000, 1_200_000],
      ['Suite', 1, 1_200_000, 3_600_000],
    ]);
    const family = await search({ venueId: ids.hotel!, checkIn, checkOut, guests: 3 });
    expect(
      family.kind === 'hotel' && family.roomTypes.map((t) => [t.type, t.fitsGuests, t.freeCount]),
    ).toEqual([
      ['Standard', false, 0],
      ['Suite', true, 1],
    ]);
  });

  it('asks for the fields each kind needs and refuses event venues', async () => {
    expect((await rejectionOf(search({ venueId: ids.restaurant! }))).field).toBe('date');
    expect(
      (await rejectionOf(search({ venueId: ids.cowork!, start: localAt(TZ, 1, '09:00').toISOString() })))
        .field,
    ).toBe('end');
    expect((await rejectionOf(search({ venueId: ids.hotel!, checkIn: localDate(TZ, 3) }))).field).toBe(
      'checkOut',
    );
    expect((await rejectionOf(search({ venueId: ids.cinema! }))).field).toBe('venueId');
  });
});
