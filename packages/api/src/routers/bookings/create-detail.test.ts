import { useTestDatabase } from '@reserva/db/testing';
import type { VenueSettings } from '@reserva/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, insertResources, insertVenue, localAt, localDate } from '../../test-fixtures.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
const contact = { name: 'Sari', phone: '0812 3333 4444', email: 'sari@example.id' };
let staffApi: ReturnType<typeof testApi.client>['api'];

beforeEach(async () => {
  await insertTestUser(database, { email: 'desk@example.id', role: 'staff', password: 'password-123' });
  staffApi = testApi.client().api;
  await staffApi.auth.login({ email: 'desk@example.id', password: 'password-123' });
});

async function restaurant(settings: Partial<VenueSettings> = {}) {
  const venue = await insertVenue(database, { kind: 'restaurant', slug: `r-${Math.random()}`, settings });
  await insertResources(database, venue.id, 'table', [
    { label: 'T1', capacity: 2, area: 'Indoor' },
    { label: 'T2', capacity: 4, area: 'Terrace' },
  ]);
  return venue.id;
}

const setSettings = (venueId: string, settings: Partial<VenueSettings>) =>
  database.db.updateTable('venues').set({ settings }).where('id', '=', venueId).execute();

const bookAt = (venueId: string, time = '19:00', extra: Record<string, unknown> = {}) =>
  testApi.client().api.bookings.create({
    venueId,
    start: localAt(TZ, 3, time).toISOString(),
    partySize: 2,
    contact,
    ...extra,
  });

describe('bookings.create answers with the booking exactly as bookings.get reads it back', () => {
  it('a table picked for a guest, PENDING', async () => {
    const created = await bookAt(await restaurant(), '19:00', { notes: 'By the window', area: 'Indoor' });
    expect(created.items.map((item) => item.label)).toEqual(['T1']);
    expect(created).toEqual(await staffApi.bookings.get({ id: created.id }));
  });

  it('a booking left for staff to seat, confirmed on booking (two history entries)', async () => {
    const created = await bookAt(await restaurant({ autoAssign: false, autoConfirm: true }));
    expect(created.items).toEqual([]);
    expect(created.history.map((entry) => entry.to)).toEqual(['PENDING', 'CONFIRMED']);
    expect(created).toEqual(await staffApi.bookings.get({ id: created.id }));
  });

  it('a signed-in customer’s booking of a named table', async () => {
    const venueId = await restaurant();
    await insertTestUser(database, { email: 'budi@example.id', password: 'password-123' });
    const { api } = testApi.client();
    await api.auth.login({ email: 'budi@example.id', password: 'password-123' });
    const [table] = await database.db
      .selectFrom('resources')
      .select('id')
      .where('venue_id', '=', venueId)
      .where('label', '=', 'T2')
      .execute();
    const created = await api.bookings.create({
      venueId,
      start: localAt(TZ, 3, '12:00').toISOString(),
      partySize: 3,
      resourceId: table!.id,
      contact,
    });
    expect(created).toEqual(await api.bookings.get({ id: created.id }));
  });

  it('a desk and a hotel room (the stay’s total is the room’s price)', async () => {
    const cowork = await insertVenue(database, { kind: 'coworking', slug: 'ruang' });
    const desks = await insertResources(database, cowork.id, 'desk', [{ label: 'D1', priceMinor: 30_000 }]);
    const desk = await testApi.client().api.bookings.create({
      venueId: cowork.id,
      resourceId: desks.D1,
      start: localAt(TZ, 2, '09:00').toISOString(),
      durationMinutes: 120,
      contact,
    });
    expect(desk).toEqual(await staffApi.bookings.get({ id: desk.id }));

    const hotel = await insertVenue(database, { kind: 'hotel', slug: 'hotel' });
    await insertResources(database, hotel.id, 'room', [
      { label: '101', area: 'Standard', capacity: 2, priceMinor: 400_000 },
    ]);
    const room = await testApi.client().api.bookings.create({
      venueId: hotel.id,
      checkIn: localDate(TZ, 5),
      checkOut: localDate(TZ, 6),
      roomType: 'Standard',
      partySize: 2,
      contact,
    });
    expect(room.totalMinor).toBeGreaterThan(0);
    expect(room).toEqual(await staffApi.bookings.get({ id: room.id }));
  });
});

describe('a venue changed after this server last read it', () => {
  it('a tightened setting applies to the very next booking', async () => {
    const venueId = await restaurant();
    await bookAt(venueId, '12:00');
    await setSettings(venueId, { allowGuestBookings: false });
    const error = await rejectionOf(bookAt(venueId, '13:00'));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(await countRows(database, 'bookings')).toBe(1);
  });

  it('a loosened one too: a refusal is never given on settings read before', async () => {
    const venueId = await restaurant({ openingHours: { open: '11:00', close: '22:00' } });
    await bookAt(venueId, '12:00');
    expect((await rejectionOf(bookAt(venueId, '08:00'))).field).toBe('start');
    await setSettings(venueId, { openingHours: { open: '07:00', close: '22:00' } });
    const early = await bookAt(venueId, '08:00');
    expect(early.start).toBe(localAt(TZ, 3, '08:00').toISOString());
  });

  it('a venue closed since is not found, and nothing is booked', async () => {
    const venueId = await restaurant();
    await bookAt(venueId, '12:00');
    await database.db.updateTable('venues').set({ active: false }).where('id', '=', venueId).execute();
    const error = await rejectionOf(bookAt(venueId, '13:00'));
    expect(error.code).toBe('NOT_FOUND');
    expect(await countRows(database, 'bookings')).toBe(1);
  });
});
