import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';
import { makeManageLink } from './manage-token.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let venueId: string;

beforeEach(async () => {
  venueId = (await insertVenue(database, { kind: 'restaurant', slug: 'kedai' })).id;
  await insertResources(database, venueId, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
  ]);
});

const guestBooking = (days = 2) =>
  testApi.client({ ip: '203.0.113.1' }).api.bookings.create({
    venueId,
    start: localAt(TZ, days, '12:00').toISOString(),
    partySize: 2,
    contact: { name: 'Tamu Rahasia', phone: '081300001234', email: 'tamu@example.id' },
  });

const hitsOf = async (key: string) =>
  (await database.db.selectFrom('rate_limits').select('hits').where('key', '=', key).executeTakeFirst())
    ?.hits ?? 0;

const stranger = (ip = '198.51.100.20') => testApi.client({ ip }).api;

describe('a guest booking by its code', () => {
  it('new codes have 10 characters; the code alone shows no personal data, and the failure counts', async () => {
    const booking = await guestBooking();
    expect(booking.code).toMatch(/^BK-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    const error = await rejectionOf(stranger().bookings.get({ code: booking.code }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('No booking matches this code with that phone number or email');
    expect(JSON.stringify(error)).not.toContain('Tamu');
    expect(await hitsOf('code:ip:198.51.100.20')).toBe(1);
  });

  it('opens with the phone’s last 4 digits, the email (any case) or the manage token', async () => {
    const booking = await guestBooking();
    expect(booking.manageToken).toMatch(/^[\w-]{43}$/);
    const byPhone = await stranger().bookings.get({ code: booking.code, phoneLast4: '1234' });
    expect(byPhone.contact).toEqual({
      name: 'Tamu Rahasia',
      phone: '+6281300001234',
      email: 'tamu@example.id',
    });
    expect(byPhone.manageToken).toBe(booking.manageToken);
    expect((await stranger().bookings.get({ code: booking.code, email: 'TAMU@example.id' })).id).toBe(
      booking.id,
    );
    const token = booking.manageToken!;
    expect((await stranger().bookings.get({ code: booking.code, manageToken: token })).id).toBe(booking.id);
    // Successes give their attempts back.
    expect(await hitsOf('code:ip:198.51.100.20')).toBe(0);
    const link = await makeManageLink(testApi.deps, booking);
    expect(link).toBe(`/bookings/${booking.code}?t=${token}`);
  });

  it('a wrong factor is refused and counted against the address and the code', async () => {
    const booking = await guestBooking();
    for (const proof of [
      { phoneLast4: '9999' },
      { email: 'other@example.id' },
      { manageToken: 'x'.repeat(43) },
    ]) {
      const error = await rejectionOf(stranger().bookings.get({ code: booking.code, ...proof }));
      expect(error.code).toBe('NOT_FOUND');
    }
    // Every factor given must match.
    const mixed = await rejectionOf(
      stranger().bookings.get({ code: booking.code, phoneLast4: '1234', email: 'x@y.id' }),
    );
    expect(mixed.code).toBe('NOT_FOUND');
    expect(await hitsOf('code:ip:198.51.100.20')).toBe(4);
    expect(await hitsOf(`code:code:${booking.code}`)).toBe(4);
  });

  it('10 wrong proofs for one code, from anywhere, close it for the hour even to the right proof', async () => {
    const booking = await guestBooking();
    for (let i = 0; i < 10; i++) {
      const error = await rejectionOf(
        stranger(`198.51.100.${i}`).bookings.get({ code: booking.code, phoneLast4: '0000' }),
      );
      expect(error.code).toBe('NOT_FOUND');
    }
    const locked = await rejectionOf(
      stranger('203.0.113.99').bookings.get({ code: booking.code, phoneLast4: '1234' }),
    );
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    // Staff still read it by code alone.
    await insertTestUser(database, { email: 'desk@example.id', role: 'staff' });
    const desk = testApi.client();
    await desk.api.auth.login({ email: 'desk@example.id', password: 'correct horse battery' });
    expect((await desk.api.bookings.get({ code: booking.code })).contact.name).toBe('Tamu Rahasia');
  });

  it('20 failed lookups from one address close code lookups there; parallel guesses cannot overtake the count', async () => {
    const guesses = Array.from(
      { length: 40 },
      (_, i) => `BK-2345${String.fromCharCode(65 + (i % 26))}-${i < 26 ? 'AAAAA' : 'BBBBB'}`,
    );
    const outcomes = await Promise.all(
      guesses.map((code) =>
        rejectionOf(stranger('198.51.100.77').bookings.get({ code, phoneLast4: '1234' })),
      ),
    );
    expect(outcomes.filter((error) => error.code === 'NOT_FOUND')).toHaveLength(20);
    expect(outcomes.filter((error) => error.code === 'TOO_MANY_REQUESTS')).toHaveLength(20);
    const booking = await guestBooking();
    const refused = await rejectionOf(
      stranger('198.51.100.77').bookings.get({ code: booking.code, phoneLast4: '1234' }),
    );
    expect(refused.code).toBe('TOO_MANY_REQUESTS');
  });

  it('the owner reads an account booking by code alone; nobody else can, whatever they add', async () => {
    await insertTestUser(database, { email: 'budi@example.id' });
    const owner = testApi.client();
    await owner.api.auth.login({ email: 'budi@example.id', password: 'correct horse battery' });
    const booking = await owner.api.bookings.create({
      venueId,
      start: localAt(TZ, 3, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Budi', phone: '081300005678' },
    });
    expect(booking.manageToken).toBeUndefined();
    expect((await owner.api.bookings.get({ code: booking.code })).contact.name).toBe('Budi');
    const guess = await rejectionOf(stranger().bookings.get({ code: booking.code, phoneLast4: '5678' }));
    expect(guess.code).toBe('NOT_FOUND');
  });

  it('codes given out before (6 characters) stay valid', async () => {
    const booking = await guestBooking();
    await database.db
      .updateTable('bookings')
      .set({ code: 'BK-7Q2M9X' })
      .where('id', '=', booking.id)
      .execute();
    const seen = await stranger().bookings.get({ code: 'bk 7q2m9x', phoneLast4: '1234' });
    expect(seen.id).toBe(booking.id);
  });
});
