import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, rejectionOf } from '../../testing.js';
import { insertEvent, insertLayoutSeats, insertSeatVenue } from '../holds/fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const api = () => testApi.client().api;
let cinema: Awaited<ReturnType<typeof insertSeatVenue>>;
let bus: Awaited<ReturnType<typeof insertSeatVenue>>;
const ids: Record<string, string> = {};

beforeEach(async () => {
  cinema = await insertSeatVenue(database, {
    slug: 'braga',
    rows: 2,
    cols: 5,
    seatClasses: [
      { name: 'Regular', priceMinor: 50_000 },
      { name: 'Premium', priceMinor: 80_000 },
    ],
    classOfRow: (row) => (row === 0 ? 'Regular' : 'Premium'),
    blocked: ['A5'],
    settings: { holdMinutes: 7, maxSeatsPerHold: 6 },
    whatsapp: '+6281221110099',
  });
  bus = await insertSeatVenue(database, { kind: 'bus', slug: 'priangan', rows: 2, cols: 2 });
  const secondBus = await insertLayoutSeats(database, bus.venueId, { rows: 1, cols: 2, layoutName: 'Bus 2' });
  Object.assign(ids, {
    later: await insertEvent(database, {
      venueId: cinema.venueId,
      layoutId: cinema.layoutId,
      title: 'Gundala',
      startsInHours: 30,
    }),
    sooner: await insertEvent(database, {
      venueId: cinema.venueId,
      layoutId: cinema.layoutId,
      title: 'Agak Laen',
      startsInHours: 5,
      priceMinor: 40_000,
    }),
    past: await insertEvent(database, {
      venueId: cinema.venueId,
      layoutId: cinema.layoutId,
      title: 'Dilan 1990',
      startsInHours: -5,
    }),
    cancelled: await insertEvent(database, {
      venueId: cinema.venueId,
      layoutId: cinema.layoutId,
      title: 'Batal',
      startsInHours: 50,
      status: 'cancelled',
    }),
    toJakarta: await insertEvent(database, {
      venueId: bus.venueId,
      layoutId: bus.layoutId,
      kind: 'trip',
      title: 'Bandung → Jakarta',
      origin: 'Bandung',
      destination: 'Jakarta',
      startsInHours: 10,
    }),
    toBandung: await insertEvent(database, {
      venueId: bus.venueId,
      layoutId: secondBus.layoutId,
      kind: 'trip',
      title: 'Jakarta → Bandung',
      origin: 'Jakarta',
      destination: 'Bandung',
      startsInHours: 12,
    }),
  });
});

describe('events.list', () => {
  it('lists scheduled events from now on, soonest first', async () => {
    const events = await api().events.list();
    expect(events.map((event) => event.title)).toEqual([
      'Agak Laen',
      'Bandung → Jakarta',
      'Jakarta → Bandung',
      'Gundala',
    ]);
    expect(events[0]).toMatchObject({
      id: ids.sooner,
      kind: 'showtime',
      priceMinor: 40_000,
      currency: 'IDR',
      status: 'scheduled',
      freeSeats: 9,
      venue: { id: cinema.venueId, slug: 'braga', kind: 'cinema', timeZone: 'Asia/Jakarta' },
    });
  });

  it('filters by venue, dates, origin and destination (any letter case)', async () => {
    const titles = async (input: Parameters<ReturnType<typeof api>['events']['list']>[0]) =>
      (await api().events.list(input)).map((event) => event.title);
    expect(await titles({ venueId: bus.venueId })).toEqual(['Bandung → Jakarta', 'Jakarta → Bandung']);
    expect(await titles({ origin: 'bandung' })).toEqual(['Bandung → Jakarta']);
    expect(await titles({ origin: ' JAKARTA ', destination: 'bandung' })).toEqual(['Jakarta → Bandung']);
    const hour = 3_600_000;
    expect(
      await titles({
        from: new Date(Date.now() - 10 * hour).toISOString(),
        to: new Date(Date.now() + 11 * hour).toISOString(),
      }),
    ).toEqual(['Dilan 1990', 'Agak Laen', 'Bandung → Jakarta']);
    expect(await titles({ kind: 'trip', limit: 1 })).toEqual(['Bandung → Jakarta']);
  });

  it('rejects a range that ends before it starts', async () => {
    const error = await rejectionOf(
      api().events.list({ from: '2026-12-31T10:00:00+07:00', to: '2026-12-30T10:00:00+07:00' }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST', field: 'to' });
  });
});

describe('events.get', () => {
  it('gives the event with its venue rules, layout, prices and free seats', async () => {
    await api().holds.create({ eventId: ids.later!, seatIds: [cinema.seats.B1!, cinema.seats.B2!] });
    const event = await api().events.get({ id: ids.later! });
    expect(event).toMatchObject({
      id: ids.later,
      title: 'Gundala',
      priceMinor: 50_000,
      maxPriceMinor: 80_000,
      freeSeats: 7,
      holdMinutes: 7,
      maxSeatsPerHold: 6,
      operatorWhatsapp: '+6281221110099',
      layout: {
        id: cinema.layoutId,
        name: 'Studio 1',
        kind: 'hall',
        rows: 2,
        cols: 5,
        frontLabel: 'LAYAR',
        seatCount: 10,
        seatClasses: [
          { name: 'Regular', priceMinor: 50_000 },
          { name: 'Premium', priceMinor: 80_000 },
        ],
      },
    });
    // The same seats on another showtime are free.
    expect((await api().events.get({ id: ids.sooner! })).freeSeats).toBe(9);
    expect((await api().events.get({ id: ids.cancelled! })).status).toBe('cancelled');
  });

  it('answers NOT_FOUND for an unknown event', async () => {
    const error = await rejectionOf(api().events.get({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });
});
