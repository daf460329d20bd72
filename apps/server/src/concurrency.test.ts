import { insertResources, insertVenue, localAt, localDate } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

const TZ = 'Asia/Jakarta';
const CLIENTS = 50;

async function createOverHttp(input: Record<string, unknown>) {
  const response = await fetch(`${server.url}/trpc/bookings.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...input, contact: { name: 'Tamu', phone: '081234567890' } }),
  });
  const body = (await response.json()) as {
    result?: unknown;
    error?: { message: string; data: { code: string } };
  };
  return { status: response.status, code: body.error?.data.code, message: body.error?.message };
}

/** Fires every request at once and reports who won, who lost and with what. */
async function race(input: Record<string, unknown>) {
  const outcomes = await Promise.all(Array.from({ length: CLIENTS }, () => createOverHttp(input)));
  const activeItems = await database.db
    .selectFrom('booking_items')
    .where('active', '=', true)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const liveBookings = await database.db
    .selectFrom('bookings')
    .where('status', 'in', ['PENDING', 'CONFIRMED'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    winners: outcomes.filter((o) => o.status === 200).length,
    losers: outcomes.filter((o) => o.status !== 200),
    activeItems: activeItems.n,
    liveBookings: liveBookings.n,
  };
}

describe(`${CLIENTS} simultaneous bookings over HTTP for one place: exactly one wins`, () => {
  it('the same table slot', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'rame' });
    const { T4 } = await insertResources(database, venue.id, 'table', [{ label: 'T4', capacity: 4 }]);
    const result = await race({
      venueId: venue.id,
      resourceId: T4,
      partySize: 2,
      start: localAt(TZ, 2, '19:00'),
    });
    expect(result.winners).toBe(1);
    expect(result.losers).toHaveLength(CLIENTS - 1);
    for (const loser of result.losers) {
      expect(loser).toEqual({
        status: 409,
        code: 'CONFLICT',
        message: 'T4 was just booked by someone else for that time',
      });
    }
    expect(result.activeItems).toBe(1);
    expect(result.liveBookings).toBe(1);
  });

  it('the same desk', async () => {
    const venue = await insertVenue(database, { kind: 'coworking', slug: 'cowork' });
    const { D7 } = await insertResources(database, venue.id, 'desk', [{ label: 'D7', priceMinor: 20_000 }]);
    const result = await race({
      venueId: venue.id,
      resourceId: D7,
      start: localAt(TZ, 1, '09:00'),
      end: localAt(TZ, 1, '12:00'),
    });
    expect(result.winners).toBe(1);
    for (const loser of result.losers) {
      expect(loser).toMatchObject({
        status: 409,
        code: 'CONFLICT',
        message: 'D7 was just booked by someone else for that time',
      });
    }
    expect(result.activeItems).toBe(1);
    expect(result.liveBookings).toBe(1);
  });

  it('the last free room of a type', async () => {
    const venue = await insertVenue(database, { kind: 'hotel', slug: 'penuh' });
    await insertResources(database, venue.id, 'room', [
      { label: '301', area: 'Deluxe', capacity: 2, priceMinor: 750_000 },
      { label: '302', area: 'Deluxe', capacity: 2, priceMinor: 750_000, status: 'maintenance' },
    ]);
    const checkIn = localDate(TZ, 5);
    const checkOut = localDate(TZ, 7);
    const result = await race({ venueId: venue.id, roomType: 'Deluxe', checkIn, checkOut });
    expect(result.winners).toBe(1);
    for (const loser of result.losers) {
      expect(loser).toMatchObject({
        status: 409,
        code: 'CONFLICT',
        message: `No Deluxe room is free from ${checkIn} to ${checkOut}`,
      });
    }
    expect(result.activeItems).toBe(1);
    expect(result.liveBookings).toBe(1);
  });
});
