import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';
import { insertEvent, insertSeatVenue, tableCounts } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

let bus: Awaited<ReturnType<typeof insertSeatVenue>>;
let tripId: string;

beforeEach(async () => {
  bus = await insertSeatVenue(database, {
    kind: 'bus',
    slug: 'priangan',
    rows: 4,
    cols: 3,
    whatsapp: '+6281100000001',
  });
  tripId = await insertEvent(database, {
    venueId: bus.venueId,
    layoutId: bus.layoutId,
    kind: 'trip',
    title: 'Bandung → Jakarta',
    origin: 'Bandung',
    destination: 'Jakarta',
    priceMinor: 150_000,
    operatorWhatsapp: '+62 813-2220-0150',
  });
});

const seatIds = (...labels: string[]) => labels.map((label) => bus.seats[label]!);

describe('claim codes', () => {
  it('move a hold to another device: the new token works and can pay, the old one stops', async () => {
    const phoneA = testApi.client({ ip: '198.51.100.1' });
    const hold = await phoneA.api.holds.create({ eventId: tripId, seatIds: seatIds('A1', 'A2') });
    const attached = await phoneA.api.holds.attachContact({
      holdToken: hold.holdToken,
      name: 'Budi Santoso',
      whatsapp: '0812-3456-7890',
      email: 'Budi@Example.com',
    });
    expect((await phoneA.api.holds.get()).contact).toEqual({
      name: 'Budi Santoso',
      whatsapp: '+6281234567890',
      email: 'budi@example.com',
    });
    expect(attached.claimCode).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    const url = new URL(attached.operatorWhatsappUrl!);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281322200150');
    const text = url.searchParams.get('text')!;
    expect(text).toContain(attached.claimCode);
    expect(text).toContain('Bandung → Jakarta');
    expect(text).toContain('kursi A1, A2');
    expect(text).toContain('Budi Santoso');

    // Asking again keeps the code and replaces the contact.
    const again = await phoneA.api.holds.attachContact({ name: 'Budi S.', whatsapp: '+62 812 3456 7890' });
    expect(again.claimCode).toBe(attached.claimCode);
    const view = await phoneA.api.holds.get();
    expect(view.contact).toEqual({ name: 'Budi S.', whatsapp: '+6281234567890', email: null });
    expect(view.claimCode).toBe(attached.claimCode);

    const phoneB = testApi.client({ ip: '198.51.100.2' });
    const claimed = await phoneB.api.holds.claim({
      claimCode: attached.claimCode.toLowerCase().replace('-', ' '),
    });
    expect(claimed).toMatchObject({ holdId: hold.holdId, status: 'HELD', claimCode: attached.claimCode });
    expect(claimed.seats.map((seat) => seat.label)).toEqual(['A1', 'A2']);
    expect(claimed.holdToken).not.toBe(hold.holdToken);
    expect(phoneB.jar.holdToken).toBe(claimed.holdToken);

    // B's map shows the seats as B's; A's token no longer opens anything.
    const mapB = await phoneB.api.events.seatMap({ eventId: tripId });
    expect(mapB.seats.filter((seat) => seat.status === 'heldByYou').map((seat) => seat.label)).toEqual([
      'A1',
      'A2',
    ]);
    const mapA = await phoneA.api.events.seatMap({ eventId: tripId });
    expect(mapA.seats.filter((seat) => seat.status === 'held').map((seat) => seat.label)).toEqual([
      'A1',
      'A2',
    ]);
    for (const attempt of [
      () => phoneA.api.holds.get(),
      () => phoneA.api.holds.release({}),
      () =>
        phoneA.api.holds.checkout({
          payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
          idempotencyKey: 'phone-a-pays',
        }),
    ]) {
      expect(await rejectionOf(attempt())).toMatchObject({ code: 'NOT_FOUND', field: 'holdToken' });
    }

    const booking = await phoneB.api.holds.checkout({
      payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
      idempotencyKey: 'phone-b-pays',
    });
    expect(booking).toMatchObject({
      id: hold.holdId,
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      totalMinor: 300_000,
    });
    expect(booking.code).toMatch(/^BK-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    // A paid hold cannot be claimed again.
    expect(await rejectionOf(phoneB.api.holds.claim({ claimCode: attached.claimCode }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No active hold has this claim code',
    });
  });

  it('a signed-in claimer becomes the owner', async () => {
    const user = await insertTestUser(database, { email: 'rina@example.com' });
    const hold = await testApi.client().api.holds.create({ eventId: tripId, seatIds: seatIds('B1') });
    const { claimCode } = await testApi
      .client()
      .api.holds.attachContact({ holdToken: hold.holdToken, name: 'Rina', whatsapp: '081299990000' });
    const signedIn = testApi.client();
    await signedIn.api.auth.login({ email: 'rina@example.com', password: 'correct horse battery' });
    await signedIn.api.holds.claim({ claimCode });
    const row = await database.db
      .selectFrom('bookings')
      .select('user_id')
      .where('id', '=', hold.holdId)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(user.id);
  });

  it('an unknown or malformed claim code reveals nothing and changes nothing', async () => {
    const { api } = testApi.client({ ip: '198.51.100.3' });
    const before = await tableCounts(database);
    expect(await rejectionOf(api.holds.claim({ claimCode: 'ZZZZ-ZZZZ' }))).toMatchObject({
      code: 'NOT_FOUND',
      message: 'No active hold has this claim code',
      field: 'claimCode',
    });
    expect(await rejectionOf(api.holds.claim({ claimCode: 'nope' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'claimCode',
    });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('the 31st lookup from one address in the window is refused', async () => {
    const { api } = testApi.client({ ip: '198.51.100.4' });
    const hold = await testApi.client().api.holds.create({ eventId: tripId, seatIds: seatIds('C1') });
    const { claimCode } = await testApi
      .client()
      .api.holds.attachContact({ holdToken: hold.holdToken, name: 'Dewi', whatsapp: '081211112222' });
    for (let i = 0; i < 29; i++) {
      expect((await rejectionOf(api.holds.claim({ claimCode: 'ZZZZ-ZZZZ' }))).code).toBe('NOT_FOUND');
    }
    // The 30th, a right one, still works: every lookup counts, good or bad.
    await api.holds.claim({ claimCode });
    expect(await rejectionOf(api.holds.claim({ claimCode }))).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Another address is not affected.
    await testApi.client({ ip: '198.51.100.5' }).api.holds.claim({ claimCode });
  });
});

describe('open holds on the staff desk', () => {
  it('show when they lapse and the claim code the customer pays with', async () => {
    const phone = testApi.client();
    const hold = await phone.api.holds.create({ eventId: tripId, seatIds: seatIds('B1') });
    const { claimCode } = await phone.api.holds.attachContact({ name: 'Sari', whatsapp: '081234567891' });
    await insertTestUser(database, { email: 'desk@reserva.test', role: 'staff', password: 'password-123' });
    const staff = testApi.client();
    await staff.api.auth.login({ email: 'desk@reserva.test', password: 'password-123' });
    const { items } = await staff.api.staff.bookings.list({ status: 'HELD' });
    expect(items).toHaveLength(1);
    expect(items[0]!.hold).toEqual({ expiresAt: hold.expiresAt, claimCode });
    const paid = await staff.api.staff.payments.confirm({ claimCode });
    expect(paid.hold).toBeNull();
  });
});
