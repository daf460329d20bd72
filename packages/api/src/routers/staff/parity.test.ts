import { useTestDatabase } from '@reserva/db/testing';
import { instantToZoned } from '@reserva/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';
import { historyRows, itemRows } from './fixtures.js';

/**
 * The ten operations of the restaurant system our users came from (token, create, get, confirm,
 * assign table, cancel with reason, list with skip/limit/status, check-in, complete, stats) and its
 * error cases, end to end through the router.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let venueId: string;
let tables: Record<string, string>;

beforeEach(async () => {
  venueId = (
    await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung',
      // Like the old system: reservations wait for staff to pick the table.
      settings: { autoAssign: false, turnMinutesByParty: [{ upTo: 99, minutes: 15 }] },
    })
  ).id;
  tables = await insertResources(database, venueId, 'table', [
    { label: 'T2', capacity: 2, area: 'Indoor' },
    { label: 'T4', capacity: 4, area: 'Outdoor' },
  ]);
  await insertTestUser(database, { email: 'admin@warung.id', role: 'staff', password: 'password123' });
  await insertTestUser(database, { email: 'tamu@example.id', password: 'password123' });
});

async function login(email: string) {
  const client = testApi.client();
  await client.api.auth.login({ email, password: 'password123' });
  return client.api;
}

const reserve = (api: Awaited<ReturnType<typeof login>>, time: string, name = 'Rina') =>
  api.bookings.create({
    venueId,
    start: localAt(TZ, 2, time).toISOString(),
    partySize: 3,
    contact: { name, phone: '0812 1111 2222', email: 'tamu@example.id' },
  });

describe('restaurant parity', () => {
  it('login → create → get → confirm → assign table → check-in → complete → stats', async () => {
    const staff = await login('admin@warung.id');
    const customer = await login('tamu@example.id');

    const created = await reserve(customer, '19:00');
    expect(created).toMatchObject({ status: 'PENDING', items: [], partySize: 3 });

    const fetched = await staff.bookings.get({ id: created.id });
    expect(fetched).toMatchObject({
      id: created.id,
      code: created.code,
      contact: { phone: '+6281211112222' },
    });

    expect((await staff.staff.bookings.confirm({ id: created.id })).status).toBe('CONFIRMED');
    const assigned = await staff.staff.bookings.assign({ id: created.id, resourceId: tables.T4! });
    expect(assigned.items).toMatchObject([{ label: 'T4', area: 'Outdoor', active: true }]);
    expect(new Date(assigned.items[0]!.end).getTime() - new Date(assigned.end).getTime()).toBe(15 * 60_000);
    expect((await staff.staff.bookings.checkIn({ code: created.code })).status).toBe('CHECKED_IN');
    const completed = await staff.staff.bookings.complete({ id: created.id });
    expect(completed.status).toBe('COMPLETED');
    expect(completed.history.map((entry) => [entry.from, entry.to, entry.actor])).toEqual([
      [null, 'PENDING', 'tamu@example.id'],
      ['PENDING', 'CONFIRMED', 'admin@warung.id'],
      ['CONFIRMED', 'CONFIRMED', 'admin@warung.id'],
      ['CONFIRMED', 'CHECKED_IN', 'admin@warung.id'],
      ['CHECKED_IN', 'COMPLETED', 'admin@warung.id'],
    ]);
    expect(await itemRows(database, created.id)).toMatchObject([{ label: 'T4', active: false }]);

    const stats = await staff.staff.stats({ venueId });
    expect(stats.byStatus.COMPLETED).toBe(1);
    expect(stats.total).toBe(1);
    expect(stats.occupancyPct).toBeGreaterThan(0);
    expect(stats.daily.find((day) => day.total > 0)?.date).toBe(
      instantToZoned(new Date(created.start), TZ).date,
    );

    // The customer sees their own booking, finished.
    expect((await customer.bookings.get({ id: created.id })).status).toBe('COMPLETED');
  });

  it('cancel with a reason code and description; list with skip/limit and a status filter', async () => {
    const staff = await login('admin@warung.id');
    const customer = await login('tamu@example.id');
    const bookings = [];
    for (const [index, time] of ['12:00', '13:00', '14:00', '15:00', '16:00'].entries()) {
      bookings.push(await reserve(customer, time, `Tamu ${index + 1}`));
    }
    const cancelled = await staff.staff.bookings.cancel({
      id: bookings[1]!.id,
      reasonCode: 'CUSTOMER_REQUEST',
      description: 'Called to cancel',
    });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'CUSTOMER_REQUEST' });
    expect((await historyRows(database, bookings[1]!.id)).at(-1)).toMatchObject({
      from: 'PENDING',
      to: 'CANCELLED',
      note: 'CUSTOMER_REQUEST: Called to cancel',
    });

    const pending = await staff.staff.bookings.list({ status: 'PENDING', skip: 1, limit: 2 });
    expect(pending.total).toBe(4);
    expect(pending.items.map((item) => item.contact.name)).toEqual(['Tamu 3', 'Tamu 4']);
    const onlyCancelled = await staff.staff.bookings.list({ status: 'CANCELLED' });
    expect(onlyCancelled.items.map((item) => item.id)).toEqual([bookings[1]!.id]);
  });

  it('error cases: no credentials, wrong password, unknown id, check-in while PENDING, malformed id', async () => {
    const anonymous = testApi.client().api;
    expect((await rejectionOf(anonymous.staff.bookings.list())).code).toBe('UNAUTHORIZED');
    const wrong = await rejectionOf(
      anonymous.auth.login({ email: 'admin@warung.id', password: 'wrong-password' }),
    );
    expect(wrong.code).toBe('UNAUTHORIZED');

    const staff = await login('admin@warung.id');
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await rejectionOf(staff.bookings.get({ id: unknownId }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(staff.staff.bookings.confirm({ id: unknownId }))).code).toBe('NOT_FOUND');

    const booking = await reserve(await login('tamu@example.id'), '19:00');
    const early = await rejectionOf(staff.staff.bookings.checkIn({ id: booking.id }));
    expect(early.code).toBe('CONFLICT');
    expect(early.message).toBe('A booking that is PENDING cannot become CHECKED_IN');

    const malformed = await rejectionOf(staff.bookings.get({ id: 'abc' }));
    expect(malformed.code).toBe('BAD_REQUEST');
    expect((await rejectionOf(staff.staff.bookings.complete({ id: 'abc' }))).code).toBe('BAD_REQUEST');
  });
});
