import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { historyRows, insertBooking, itemRows, minutesLater, signedIn } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let venueId: string;
let tables: Record<string, string>;
let staff: Awaited<ReturnType<typeof signedIn>>['api'];

beforeEach(async () => {
  venueId = (
    await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung',
      name: 'Warung',
      settings: {
        turnMinutesByParty: [
          { upTo: 4, minutes: 15 },
          { upTo: 99, minutes: 30 },
        ],
      },
    })
  ).id;
  tables = await insertResources(database, venueId, 'table', [
    { label: 'T1', capacity: 2 },
    { label: 'T2', capacity: 4 },
    { label: 'T4', capacity: 6 },
    { label: 'T5', capacity: 8, status: 'maintenance' },
  ]);
  staff = (await signedIn(database, testApi, 'staff')).api;
});

const start = localAt(TZ, 3, '19:00');
const end = minutesLater(start, 90);
/** A restaurant booking for 19:00–20:30, its table (if any) held until the 15-minute turn is over. */
const reservation = (partySize: number, resourceIds: string[] = []) =>
  insertBooking(database, {
    venueId,
    status: 'PENDING',
    start,
    end,
    itemsEnd: minutesLater(end, 15),
    partySize,
    resourceIds,
  });

describe('staff.bookings.assign', () => {
  it('an unassigned booking gets the table for its time plus the turn buffer, with history', async () => {
    const { id } = await reservation(3);
    const detail = await staff.staff.bookings.assign({ id, resourceId: tables.T2! });
    expect(detail.items.map((item) => item.label)).toEqual(['T2']);
    expect(await itemRows(database, id)).toEqual([
      { label: 'T2', active: true, start, end: minutesLater(end, 15) },
    ]);
    expect((await historyRows(database, id)).at(-1)).toMatchObject({
      actor: 'staff@reserva.test',
      from: 'PENDING',
      to: 'PENDING',
      note: 'assigned T2',
    });
  });

  it('a party of 5 is blocked for the 30-minute turn of its size', async () => {
    const { id } = await reservation(5);
    await staff.staff.bookings.assign({ id, resourceId: tables.T4! });
    expect((await itemRows(database, id))[0]!.end).toEqual(minutesLater(end, 30));
  });

  it('reassigning moves the item: one item afterwards, same period, and the old table is free again', async () => {
    const { id } = await reservation(2, [tables.T1!]);
    const moved = await staff.staff.bookings.assign({ id, resourceId: tables.T2! });
    expect(moved.items.map((item) => item.label)).toEqual(['T2']);
    expect(await itemRows(database, id)).toEqual([
      { label: 'T2', active: true, start, end: minutesLater(end, 15) },
    ]);
    expect((await historyRows(database, id)).at(-1)).toMatchObject({ note: 'assigned T2 (was T1)' });

    const unchanged = await staff.staff.bookings.assign({ id, resourceId: tables.T2! });
    expect(unchanged.items.map((item) => item.label)).toEqual(['T2']);
    expect(await historyRows(database, id)).toHaveLength(2);

    const other = await reservation(2);
    const taken = await staff.staff.bookings.assign({ id: other.id, resourceId: tables.T1! });
    expect(taken.items.map((item) => item.label)).toEqual(['T1']);
  });

  it('a table taken for an overlapping time is a CONFLICT naming it, and the booking keeps its table', async () => {
    await reservation(2, [tables.T2!]);
    const { id } = await reservation(2, [tables.T1!]);
    const error = await rejectionOf(staff.staff.bookings.assign({ id, resourceId: tables.T2! }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('T2');
    expect(error.field).toBe('resourceId');
    expect(await itemRows(database, id)).toMatchObject([{ label: 'T1', active: true }]);
    expect(await historyRows(database, id)).toHaveLength(1);
  });

  it('refuses a table too small, under maintenance, of another venue, or not a table — naming resourceId', async () => {
    const elsewhere = (await insertVenue(database, { kind: 'restaurant', slug: 'lain' })).id;
    const { X1 } = await insertResources(database, elsewhere, 'table', [{ label: 'X1', capacity: 8 }]);
    const { D1 } = await insertResources(database, venueId, 'desk', [{ label: 'D1', capacity: 8 }]);
    const { id } = await reservation(5, [tables.T4!]);
    const cases: [string, string][] = [
      [tables.T2!, 'T2 takes at most 4, not 5'],
      [tables.T5!, 'T5 is not available (maintenance)'],
      [X1!, 'X1 is not a table of Warung'],
      [D1!, 'D1 is not a table of Warung'],
    ];
    for (const [resourceId, message] of cases) {
      const error = await rejectionOf(staff.staff.bookings.assign({ id, resourceId }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.field).toBe('resourceId');
      expect(error.message).toBe(message);
    }
    const unknown = await rejectionOf(
      staff.staff.bookings.assign({ id, resourceId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.field).toBe('resourceId');
    expect(await itemRows(database, id)).toMatchObject([{ label: 'T4', active: true }]);
    expect(await historyRows(database, id)).toHaveLength(1);
  });

  it('a finished or cancelled booking cannot be given a place', async () => {
    const booking = await insertBooking(database, {
      venueId,
      status: 'CANCELLED',
      start,
      end,
      resourceIds: [tables.T1!],
    });
    const error = await rejectionOf(staff.staff.bookings.assign({ id: booking.id, resourceId: tables.T2! }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('A booking that is CANCELLED cannot be given another place');
  });

  it('seats of cinema and bus bookings are not assigned by staff', async () => {
    const cinema = (await insertVenue(database, { kind: 'cinema', slug: 'bioskop' })).id;
    const booking = await insertBooking(database, { venueId: cinema, status: 'CONFIRMED', start, end });
    const error = await rejectionOf(staff.staff.bookings.assign({ id: booking.id, resourceId: tables.T2! }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe('id');
    expect(await itemRows(database, booking.id)).toEqual([]);
  });

  it('a hotel booking moves to another room for the same stay and price', async () => {
    const hotel = (await insertVenue(database, { kind: 'hotel', slug: 'hotel' })).id;
    const rooms = await insertResources(database, hotel, 'room', [
      { label: '101', capacity: 2, area: 'Deluxe', priceMinor: 500_000 },
      { label: '102', capacity: 2, area: 'Deluxe', priceMinor: 500_000 },
    ]);
    const checkIn = localAt(TZ, 3, '14:00');
    const checkOut = localAt(TZ, 5, '12:00');
    const { id } = await insertBooking(database, {
      venueId: hotel,
      status: 'CONFIRMED',
      start: checkIn,
      end: checkOut,
      resourceIds: [rooms['101']!],
    });
    await database.db
      .updateTable('booking_items')
      .set({ price_minor: 1_000_000 })
      .where('booking_id', '=', id)
      .execute();
    const detail = await staff.staff.bookings.assign({ id, resourceId: rooms['102']! });
    expect(detail.items).toMatchObject([{ label: '102', priceMinor: 1_000_000, active: true }]);
    expect(await itemRows(database, id)).toEqual([
      { label: '102', active: true, start: checkIn, end: checkOut },
    ]);
    expect((await historyRows(database, id)).at(-1)).toMatchObject({
      from: 'CONFIRMED',
      to: 'CONFIRMED',
      note: 'assigned 102 (was 101)',
    });
  });
});

describe('staff.bookings.assignable', () => {
  it('offers the free places that fit, best fit first, with the current one marked', async () => {
    const { id } = await reservation(3, [tables.T2!]);
    const places = await staff.staff.bookings.assignable({ id });
    expect(places.kind).toBe('table');
    expect(places.resources.map((r) => [r.label, r.current])).toEqual([
      ['T2', true],
      ['T4', false],
    ]);
    // Another booking takes T4 at the same time: it is no longer offered.
    await reservation(4, [tables.T4!]);
    const after = await staff.staff.bookings.assignable({ id });
    expect(after.resources.map((r) => r.label)).toEqual(['T2']);
  });

  it('refuses unknown bookings', async () => {
    const error = await rejectionOf(
      staff.staff.bookings.assignable({ id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});
