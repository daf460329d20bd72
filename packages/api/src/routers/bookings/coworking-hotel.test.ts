import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt, localDate } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
const contact = { name: 'Dewi', phone: '+62 811 2000 3000' };
let cowork: { id: string };
let hotel: { id: string };
let desks: Record<string, string>;
let rooms: Record<string, string>;

beforeEach(async () => {
  cowork = await insertVenue(database, {
    kind: 'coworking',
    slug: 'ruang',
    settings: { openingHours: { open: '08:00', close: '20:00' } },
  });
  desks = await insertResources(database, cowork.id, 'desk', [
    { label: 'D1', area: 'Quiet', priceMinor: 30_000 },
    { label: 'D2', area: 'Window', priceMinor: 40_000 },
  ]);
  hotel = await insertVenue(database, {
    kind: 'hotel',
    slug: 'hotel',
    settings: { weekendNightlyMultiplier: 1.5 },
  });
  rooms = await insertResources(database, hotel.id, 'room', [
    { label: '101', area: 'Standard', capacity: 2, priceMinor: 400_000 },
    { label: '102', area: 'Standard', capacity: 2, priceMinor: 400_000 },
    { label: '201', area: 'Suite', capacity: 4, priceMinor: 1_000_000 },
    { label: '202', area: 'Suite', capacity: 4, priceMinor: 1_000_000, status: 'maintenance' },
  ]);
});

describe('coworking desks', () => {
  it('books the chosen desk, confirmed at once, priced per hour', async () => {
    const booking = await testApi.client().api.bookings.create({
      venueId: cowork.id,
      resourceId: desks.D2,
      start: localAt(TZ, 1, '09:00').toISOString(),
      end: localAt(TZ, 1, '11:30').toISOString(),
      contact,
    });
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.items.map((item) => item.label)).toEqual(['D2']);
    expect(booking.totalMinor).toBe(100_000);
    expect(booking.history.map((h) => [h.from, h.to, h.actor])).toEqual([
      [null, 'PENDING', 'guest'],
      ['PENDING', 'CONFIRMED', 'system'],
    ]);
  });

  it('needs a desk, and a desk taken for an overlapping range is a CONFLICT naming it', async () => {
    const base = {
      venueId: cowork.id,
      start: localAt(TZ, 1, '09:00').toISOString(),
      durationMinutes: 120,
      contact,
    };
    expect((await rejectionOf(testApi.client().api.bookings.create(base))).field).toBe('resourceId');
    await testApi.client().api.bookings.create({ ...base, resourceId: desks.D1 });
    const error = await rejectionOf(
      testApi
        .client()
        .api.bookings.create({ ...base, start: localAt(TZ, 1, '10:00').toISOString(), resourceId: desks.D1 }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('D1');
  });
});

describe('hotel rooms', () => {
  it('books a room type and gets a concrete room, priced per night with the weekend rate', async () => {
    // Find the next Friday so the stay has one weekend night (Friday) and one weekday night (Thursday).
    let days = 7;
    while (new Date(`${localDate(TZ, days)}T12:00:00Z`).getUTCDay() !== 4) days++;
    const booking = await testApi.client().api.bookings.create({
      venueId: hotel.id,
      checkIn: localDate(TZ, days),
      checkOut: localDate(TZ, days + 2),
      roomType: 'Standard',
      partySize: 2,
      contact,
    });
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.items).toHaveLength(1);
    expect(['101', '102']).toContain(booking.items[0]!.label);
    expect(booking.totalMinor).toBe(400_000 + 600_000);
    expect(booking.requestedType).toBe('Standard');
    // Check-in at 14:00 and check-out at 12:00, venue time.
    expect(booking.start).toBe(localAt(TZ, days, '14:00').toISOString());
    expect(booking.end).toBe(localAt(TZ, days + 2, '12:00').toISOString());
  });

  it('fills the type, then refuses; a room under maintenance is never given out', async () => {
    const stay = { venueId: hotel.id, checkIn: localDate(TZ, 3), checkOut: localDate(TZ, 4), contact };
    const first = await testApi.client().api.bookings.create({ ...stay, roomType: 'Suite', partySize: 3 });
    expect(first.items[0]!.label).toBe('201');
    const error = await rejectionOf(testApi.client().api.bookings.create({ ...stay, roomType: 'Suite' }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`No Suite room is free from ${stay.checkIn} to ${stay.checkOut}`);
    expect(error.field).toBe('roomType');
  });

  it('refuses an unknown room type, too many guests, and a desk id', async () => {
    const stay = { venueId: hotel.id, checkIn: localDate(TZ, 3), checkOut: localDate(TZ, 4), contact };
    const unknown = await rejectionOf(
      testApi.client().api.bookings.create({ ...stay, roomType: 'Penthouse' }),
    );
    expect([unknown.field, unknown.message]).toEqual(['roomType', 'Choose one of: Standard, Suite']);
    const crowded = await rejectionOf(
      testApi.client().api.bookings.create({ ...stay, roomType: 'Standard', partySize: 3 }),
    );
    expect([crowded.field, crowded.message]).toEqual(['partySize', 'A Standard room sleeps at most 2']);
    const desk = await rejectionOf(testApi.client().api.bookings.create({ ...stay, resourceId: desks.D1 }));
    expect([desk.code, desk.field, desk.message]).toEqual([
      'BAD_REQUEST',
      'resourceId',
      'D1 is not a room of hotel',
    ]);
    const chosen = await testApi.client().api.bookings.create({ ...stay, resourceId: rooms['102'] });
    expect(chosen.items[0]!.label).toBe('102');
  });
});
