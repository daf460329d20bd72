import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { countRows, insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let venueId: string;
let tables: Record<string, string>;
const contact = { name: 'Rina', phone: '0812 1111 2222' };

beforeEach(async () => {
  const venue = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'warung',
    settings: {
      openingHours: { open: '11:00', close: '22:00' },
      depositPerGuestMinor: 50_000,
      peakWindows: [{ days: [1, 2, 3, 4, 5, 6, 7], start: '18:00', end: '21:00', multiplier: 1.5 }],
      turnMinutesByParty: [{ upTo: 99, minutes: 15 }],
    },
  });
  venueId = venue.id;
  tables = await insertResources(database, venueId, 'table', [
    { label: 'T1', capacity: 2, area: 'Indoor' },
    { label: 'T2', capacity: 4, area: 'Indoor' },
    { label: 'T3', capacity: 4, area: 'Outdoor' },
    { label: 'T4', capacity: 6, area: 'Indoor' },
    { label: 'T5', capacity: 8, area: 'VIP', status: 'maintenance' },
  ]);
});

const book = (partySize: number, time = '19:00', extra: Record<string, unknown> = {}) =>
  testApi.client().api.bookings.create({
    venueId,
    start: localAt(TZ, 3, time).toISOString(),
    partySize,
    contact,
    ...extra,
  });

describe('restaurant reservations', () => {
  it('start PENDING with the best-fit table, a deposit per guest at the peak rate, and a history entry', async () => {
    const booking = await book(3);
    expect(booking.status).toBe('PENDING');
    expect(booking.code).toMatch(/^BK-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(booking.items.map((item) => item.label)).toEqual(['T2']);
    expect(booking.isPeak).toBe(true);
    expect(booking.depositMinor).toBe(225_000);
    expect(new Date(booking.end).getTime() - new Date(booking.start).getTime()).toBe(90 * 60_000);
    // The item blocks the table for the 15-minute turn after the guests leave.
    expect(new Date(booking.items[0]!.end).getTime() - new Date(booking.end).getTime()).toBe(15 * 60_000);
    expect(booking.history).toMatchObject([{ from: null, to: 'PENDING', actor: 'guest' }]);
    expect(booking.contact).toEqual({ name: 'Rina', phone: '+6281211112222', email: null });
  });

  it('fills the smallest fitting tables first, honours the area, then refuses with a clear CONFLICT', async () => {
    expect((await book(3)).items[0]!.label).toBe('T2');
    expect((await book(3)).items[0]!.label).toBe('T3');
    expect((await book(3)).items[0]!.label).toBe('T4');
    const error = await rejectionOf(book(3));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('No table for 3 is free at 19:00');
    expect(error.field).toBe('start');
    // 17:15 + 90 min + 15 min turn ends exactly when the 19:00 guests arrive: no overlap.
    expect((await book(3, '17:15')).items[0]!.label).toBe('T2');
    expect((await book(2, '19:00', { area: 'Indoor' })).items[0]!.label).toBe('T1');
  });

  it('a named table is booked as asked, and a taken one is a CONFLICT naming it', async () => {
    const booking = await book(2, '12:00', { resourceId: tables.T4 });
    expect(booking.items[0]!.label).toBe('T4');
    const error = await rejectionOf(book(2, '12:30', { resourceId: tables.T4 }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('T4 was just booked by someone else for that time');
    expect(error.field).toBe('resourceId');
  });

  it('off-peak costs the plain deposit', async () => {
    const booking = await book(2, '12:00');
    expect(booking.isPeak).toBe(false);
    expect(booking.depositMinor).toBe(100_000);
  });

  it('a signed-in customer books with their own contact details and sees it in bookings.mine', async () => {
    await insertTestUser(database, { email: 'budi@example.id', name: 'Budi', password: 'password-123' });
    await database.db.updateTable('users').set({ phone: '+628123450000' }).execute();
    const { api } = testApi.client();
    await api.auth.login({ email: 'budi@example.id', password: 'password-123' });
    const booking = await api.bookings.create({
      venueId,
      start: localAt(TZ, 2, '12:00').toISOString(),
      partySize: 2,
    });
    expect(booking.contact).toEqual({ name: 'Budi', phone: '+628123450000', email: 'budi@example.id' });
    expect(booking.history[0]!.actor).toBe('budi@example.id');
    const mine = await api.bookings.mine();
    expect(mine.items.map((b) => b.code)).toEqual([booking.code]);
    expect(mine.nextCursor).toBeNull();
  });

  it('a guest without contact details is asked for them, and nothing is stored', async () => {
    const error = await rejectionOf(
      testApi
        .client()
        .api.bookings.create({ venueId, start: localAt(TZ, 2, '12:00').toISOString(), partySize: 2 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe('contact.name');
    expect(await countRows(database, 'bookings')).toBe(0);
  });
});
