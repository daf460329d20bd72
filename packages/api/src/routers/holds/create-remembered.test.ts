import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SEAT_LOCK_CLASS } from '../../repositories/holds.repository.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { cinemaWithHall, scheduleShowtime } from '../admin/events/fixtures.js';
import { signedIn } from '../staff/fixtures.js';
import { tableCounts, waitForLockWaiters } from './fixtures.js';

/**
 * Each server process remembers the events it holds seats on (with their venue, layout and seats);
 * every change made through the admin API must still apply to the very next hold.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
let admin: Awaited<ReturnType<typeof signedIn>>['api'];
let hall: Awaited<ReturnType<typeof cinemaWithHall>>;
let eventId: string;
let seat: (label: string) => string;

beforeEach(async () => {
  admin = (await signedIn(database, testApi, 'admin')).api;
  hall = await cinemaWithHall(database, admin, { slug: `bioskop-${Math.random().toString(36).slice(2)}` });
  eventId = (
    await scheduleShowtime(admin, { venueId: hall.venue.id, layoutId: hall.layout.id, timeZone: TZ })
  ).id;
  const ids = new Map(hall.layout.seats.map((s) => [s.label, s.id]));
  seat = (label) => ids.get(label)!;
  // The first hold makes this process remember the event.
  await hold('A1');
});

const hold = (...labels: string[]) =>
  testApi.client().api.holds.create({ eventId, seatIds: labels.map((label) => seat(label)) });

describe('holds.create on an event this process already read', () => {
  it('refuses a seat blocked since, and holds it again once unblocked', async () => {
    await admin.admin.layouts.update({ id: hall.layout.id, blocked: ['A2'] });
    const before = await tableCounts(database);
    expect(await rejectionOf(hold('A2'))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'seatIds',
      message: 'Seat A2 cannot be sold',
    });
    expect(await tableCounts(database)).toEqual(before);

    await admin.admin.layouts.update({ id: hall.layout.id, blocked: [] });
    expect((await hold('A2')).seats.map((s) => s.label)).toEqual(['A2']);
  });

  it('charges a price changed since, and refuses a showtime cancelled since', async () => {
    await admin.admin.events.update({ id: eventId, priceMinor: 65_000 });
    expect(await hold('A3')).toMatchObject({
      totalMinor: 65_000,
      seats: [{ label: 'A3', priceMinor: 65_000 }],
    });

    await admin.admin.events.cancel({ id: eventId, reason: 'Projector broke' });
    const before = await tableCounts(database);
    expect(await rejectionOf(hold('A5'))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'eventId',
      message: 'This showtime was cancelled',
    });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('applies venue settings changed since, tighter or looser', async () => {
    await admin.admin.venues.update({ id: hall.venue.id, settings: { maxSeatsPerHold: 1 } });
    expect(await rejectionOf(hold('B1', 'B2'))).toMatchObject({
      field: 'seatIds',
      message: 'Choose at most 1 seats at a time',
    });
    await admin.admin.venues.update({ id: hall.venue.id, settings: { maxSeatsPerHold: 6, holdMinutes: 3 } });
    const held = await hold('B1', 'B2', 'B3', 'B4', 'B5');
    expect(held.seats).toHaveLength(5);
    expect(new Date(held.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(3 * 60_000);

    await admin.admin.venues.update({ id: hall.venue.id, active: false });
    expect(await rejectionOf(hold('C1'))).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
  });
});

describe('a hold racing the cancellation of its showtime', () => {
  it('is refused, or cancelled with the showtime: never left held on a cancelled one', async () => {
    const heldStatuses = () =>
      database.db
        .selectFrom('bookings')
        .select('status')
        .where('event_id', '=', eventId)
        .where('status', '=', 'HELD')
        .execute();
    // The hold starts (and takes its snapshot), then waits for a seat lock the test holds while
    // the showtime is cancelled; only then may it go on.
    const [holding, cancelling] = await database.db.connection().execute(async (connection) => {
      await sql`BEGIN`.execute(connection);
      await sql`SELECT pg_advisory_xact_lock(${SEAT_LOCK_CLASS}, hashtext(${seat('B7')}))`.execute(
        connection,
      );
      const holding = hold('B7').then(
        (held) => ({ held }),
        (error: unknown) => ({ error }),
      );
      await waitForLockWaiters(database, 1);
      const cancelling = admin.admin.events.cancel({ id: eventId, reason: 'Projector broke' });
      // The cancellation either finishes or waits for the hold (which holds the event's row).
      await Promise.race([cancelling, waitForLockWaiters(database, 2)]);
      await sql`COMMIT`.execute(connection);
      return Promise.all([holding, cancelling]);
    });

    expect(cancelling.status).toBe('cancelled');
    expect(await heldStatuses()).toEqual([]);
    if ('error' in holding) {
      expect(holding.error).toMatchObject({ message: 'This showtime was cancelled' });
    } else {
      const status = await database.db
        .selectFrom('bookings')
        .select('status')
        .where('id', '=', holding.held.holdId)
        .executeTakeFirstOrThrow();
      expect(status.status).toBe('CANCELLED');
    }
  });
});
