import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let venueId: string;

async function signedIn(email: string, role: 'customer' | 'staff' = 'customer') {
  await insertTestUser(database, { email, role, password: 'password-123' });
  const client = testApi.client();
  await client.api.auth.login({ email, password: 'password-123' });
  await database.db.updateTable('users').set({ phone: '+628111000111' }).where('email', '=', email).execute();
  return client.api;
}

beforeEach(async () => {
  venueId = (await insertVenue(database, { kind: 'restaurant', slug: 'kedai' })).id;
  await insertResources(database, venueId, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
  ]);
});

const reserve = (api: Awaited<ReturnType<typeof signedIn>>, days: number, time = '12:00') =>
  api.bookings.create({ venueId, start: localAt(TZ, days, time).toISOString(), partySize: 2 });

describe('bookings.get', () => {
  it('shows a booking to its owner and to staff, by id or code, with history; others get NOT_FOUND', async () => {
    const owner = await signedIn('owner@example.id');
    const booking = await reserve(owner, 2);
    expect((await owner.bookings.get({ id: booking.id })).code).toBe(booking.code);
    expect((await owner.bookings.get({ code: booking.code.toLowerCase() })).id).toBe(booking.id);

    const staff = await signedIn('desk@example.id', 'staff');
    const seen = await staff.bookings.get({ code: booking.code });
    expect(seen.history.map((h) => h.to)).toEqual(['PENDING']);

    const stranger = await signedIn('other@example.id');
    expect((await rejectionOf(stranger.bookings.get({ id: booking.id }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(testApi.client().api.bookings.get({ code: booking.code }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await rejectionOf(owner.bookings.get({ id: 'BK-123' }))).code).toBe('BAD_REQUEST');
    expect((await rejectionOf(owner.bookings.get({ id: '00000000-0000-4000-8000-000000000000' }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('a guest sees their booking by the code and the last digits of the phone they gave', async () => {
    const booking = await testApi.client().api.bookings.create({
      venueId,
      start: localAt(TZ, 2, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Tamu', phone: '081300001234' },
    });
    const seen = await testApi.client().api.bookings.get({ code: booking.code, phoneLast4: '1234' });
    expect(seen.contact.name).toBe('Tamu');
    expect((await rejectionOf(testApi.client().api.bookings.get({ id: booking.id }))).code).toBe('NOT_FOUND');
  });
});

describe('bookings.mine', () => {
  it('pages through the signed-in customer’s own bookings, newest first, without gaps or repeats', async () => {
    const me = await signedIn('me@example.id');
    const other = await signedIn('you@example.id');
    const codes: string[] = [];
    for (let day = 1; day <= 5; day++) codes.push((await reserve(me, day)).code);
    await reserve(other, 1, '14:00');

    const first = await me.bookings.mine({ limit: 2 });
    const second = await me.bookings.mine({ limit: 2, cursor: first.nextCursor });
    const third = await me.bookings.mine({ limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((b) => b.code)).toEqual(codes.reverse());
    expect(third.nextCursor).toBeNull();
    expect((await rejectionOf(me.bookings.mine({ cursor: 'bm90LWEtY3Vyc29y' }))).field).toBe('cursor');
    expect((await rejectionOf(testApi.client().api.bookings.mine())).code).toBe('UNAUTHORIZED');
  });
});

describe('bookings.cancel', () => {
  it('the owner cancels before the start: history records it and the table is free again', async () => {
    const me = await signedIn('me@example.id');
    const booking = await reserve(me, 2);
    const cancelled = await me.bookings.cancel({ id: booking.id, description: 'Plans changed' });
    expect(cancelled.status).toBe('CANCELLED');
    expect([cancelled.cancelReason, cancelled.cancelDescription]).toEqual([
      'CUSTOMER_REQUEST',
      'Plans changed',
    ]);
    expect(cancelled.history.at(-1)).toMatchObject({
      from: 'PENDING',
      to: 'CANCELLED',
      actor: 'me@example.id',
    });
    expect(cancelled.items.every((item) => !item.active)).toBe(true);
    // Same table, same time: free again.
    expect((await reserve(me, 2)).items[0]!.label).toBe(booking.items[0]!.label);
    // Cancelling twice is an illegal transition.
    const again = await rejectionOf(me.bookings.cancel({ id: booking.id }));
    expect([again.code, again.message]).toEqual([
      'CONFLICT',
      'A booking that is CANCELLED cannot become CANCELLED',
    ]);
  });

  it('nobody else can cancel it, and nobody can once it has started', async () => {
    const me = await signedIn('me@example.id');
    const booking = await reserve(me, 2);
    const stranger = await signedIn('other@example.id');
    expect((await rejectionOf(stranger.bookings.cancel({ id: booking.id }))).code).toBe('NOT_FOUND');
    await database.db
      .updateTable('bookings')
      .set({ starts_at: new Date(Date.now() - 60_000) })
      .where('id', '=', booking.id)
      .execute();
    expect((await rejectionOf(me.bookings.cancel({ id: booking.id }))).code).toBe('FORBIDDEN');
    const { status } = await database.db
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', booking.id)
      .executeTakeFirstOrThrow();
    expect(status).toBe('PENDING');
  });
});
