import { useTestDatabase } from '@reserva/db/testing';
import type { BookingStatus } from '@reserva/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import { historyRows, insertBooking, itemRows, minutesLater, statusOf } from '../routers/staff/fixtures.js';
import { insertResources, insertVenue } from '../test-fixtures.js';
import { sweepFinishedCoworking, sweepNoShows } from './sweeps.service.js';

const database = await useTestDatabase();
const { db } = database;
const now = new Date('2026-06-10T12:00:00Z');

let restaurant: string;
let hotel: string;
let coworking: string;
let places: Record<string, string>;

beforeEach(async () => {
  restaurant = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
  hotel = (await insertVenue(database, { kind: 'hotel', slug: 'hotel', settings: { graceMinutes: 60 } })).id;
  coworking = (await insertVenue(database, { kind: 'coworking', slug: 'kopi' })).id;
  places = {
    ...(await insertResources(database, restaurant, 'table', [{ label: 'T1' }, { label: 'T2' }])),
    ...(await insertResources(database, hotel, 'room', [{ label: '101' }])),
    ...(await insertResources(database, coworking, 'desk', [
      { label: 'D1' },
      { label: 'D2' },
      { label: 'D3' },
    ])),
  };
});

/** A booking that started `startedMinutesAgo` before `now` and lasts `minutes`. */
const booking = (
  venueId: string,
  status: BookingStatus,
  startedMinutesAgo: number,
  minutes: number,
  place?: string,
) => {
  const start = minutesLater(now, -startedMinutesAgo);
  return insertBooking(database, {
    venueId,
    status,
    start,
    end: minutesLater(start, minutes),
    resourceIds: place ? [places[place]!] : [],
  });
};

describe('sweepNoShows', () => {
  it('marks confirmed restaurant and hotel bookings past their grace period NO_SHOW, as system', async () => {
    const late = await booking(restaurant, 'CONFIRMED', 16, 90, 'T1');
    const withinGrace = await booking(restaurant, 'CONFIRMED', 14, 90, 'T2');
    const arrived = await booking(restaurant, 'CHECKED_IN', 60, 90);
    const unconfirmed = await booking(restaurant, 'PENDING', 60, 90);
    const lateGuest = await booking(hotel, 'CONFIRMED', 61, 24 * 60, '101');
    const hotelWithinGrace = await booking(hotel, 'CONFIRMED', 59, 24 * 60);
    const desk = await booking(coworking, 'CONFIRMED', 60, 120, 'D1');

    expect(await sweepNoShows({ db, now })).toBe(2);

    for (const { id } of [late, lateGuest]) {
      expect(await statusOf(database, id)).toBe('NO_SHOW');
      expect((await historyRows(database, id)).at(-1)).toMatchObject({
        actor: 'system',
        actorUserId: null,
        from: 'CONFIRMED',
        to: 'NO_SHOW',
        note: 'not checked in within the grace period',
      });
      expect((await itemRows(database, id)).map((item) => item.active)).toEqual([false]);
    }
    const untouched = [withinGrace, arrived, unconfirmed, hotelWithinGrace, desk];
    for (const { id } of untouched) expect(await historyRows(database, id)).toHaveLength(1);
    expect(await statusOf(database, withinGrace.id)).toBe('CONFIRMED');
    expect(await statusOf(database, desk.id)).toBe('CONFIRMED');

    expect(await sweepNoShows({ db, now })).toBe(0);
    expect(await historyRows(database, late.id)).toHaveLength(2);
  });

  it('sweeps in batches until none is left', async () => {
    for (let i = 0; i < 230; i++) await booking(restaurant, 'CONFIRMED', 30 + (i % 7), 90);
    expect(await sweepNoShows({ db, now })).toBe(230);
    expect(await sweepNoShows({ db, now })).toBe(0);
  });

  it('sweepers running at once change each booking exactly once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 250; i++) ids.push((await booking(restaurant, 'CONFIRMED', 20 + (i % 5), 90)).id);
    const counts = await Promise.all([1, 2, 3, 4].map(() => sweepNoShows({ db, now })));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(250);
    const changes = await db
      .selectFrom('booking_history')
      .select(['booking_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('to_status', '=', 'NO_SHOW')
      .groupBy('booking_id')
      .execute();
    expect(changes).toHaveLength(250);
    expect(changes.every((row) => row.n === 1)).toBe(true);
  });
});

describe('sweepFinishedCoworking', () => {
  it('completes checked-in desks past their end, and makes never-checked-in ones NO_SHOW', async () => {
    const stayed = await booking(coworking, 'CHECKED_IN', 121, 120, 'D1');
    const neverCame = await booking(coworking, 'CONFIRMED', 180, 120, 'D2');
    const stillWorking = await booking(coworking, 'CHECKED_IN', 60, 120, 'D3');
    const notStarted = await booking(coworking, 'CONFIRMED', -60, 120);
    const restaurantDone = await booking(restaurant, 'CHECKED_IN', 200, 90);

    expect(await sweepFinishedCoworking({ db, now })).toBe(2);

    expect(await statusOf(database, stayed.id)).toBe('COMPLETED');
    expect((await historyRows(database, stayed.id)).at(-1)).toMatchObject({
      actor: 'system',
      from: 'CHECKED_IN',
      to: 'COMPLETED',
    });
    expect(await statusOf(database, neverCame.id)).toBe('NO_SHOW');
    expect((await historyRows(database, neverCame.id)).at(-1)).toMatchObject({
      actor: 'system',
      from: 'CONFIRMED',
      to: 'NO_SHOW',
    });
    for (const { id } of [stayed, neverCame]) {
      expect((await itemRows(database, id)).map((item) => item.active)).toEqual([false]);
    }
    for (const { id } of [stillWorking, notStarted, restaurantDone]) {
      expect(await historyRows(database, id)).toHaveLength(1);
    }
    expect((await itemRows(database, stillWorking.id))[0]!.active).toBe(true);

    expect(await sweepFinishedCoworking({ db, now })).toBe(0);
  });

  it('sweepers running at once change each booking exactly once', async () => {
    for (let i = 0; i < 120; i++) await booking(coworking, i % 2 ? 'CHECKED_IN' : 'CONFIRMED', 200, 120);
    const counts = await Promise.all([1, 2, 3].map(() => sweepFinishedCoworking({ db, now })));
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(120);
    const { n } = await db
      .selectFrom('booking_history')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('actor_label', '=', 'system')
      .executeTakeFirstOrThrow();
    expect(n).toBe(120);
  });
});
