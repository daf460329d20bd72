import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, insertResources, insertVenue, localAt, localDate } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const TZ = 'Asia/Jakarta';
const contact = { name: 'Agus', phone: '081298765432' };
const ids: Record<string, string> = {};

// One data set for every case: each case must leave it exactly as it was.
const seedOnce = async () => {
  const restaurant = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'resto',
    settings: {
      openingHours: { open: '11:00', close: '22:00' },
      maxDaysAhead: 30,
      minDurationMinutes: 60,
      maxDurationMinutes: 180,
    },
  });
  const other = await insertVenue(database, { kind: 'restaurant', slug: 'lain', name: 'Resto Lain' });
  const hotel = await insertVenue(database, { kind: 'hotel', slug: 'hotel' });
  const cowork = await insertVenue(database, { kind: 'coworking', slug: 'cowork' });
  Object.assign(ids, {
    restaurant: restaurant.id,
    hotel: hotel.id,
    cowork: cowork.id,
    ...(await insertResources(database, restaurant.id, 'table', [
      { label: 'T1', capacity: 4 },
      { label: 'T2', capacity: 6 },
    ])),
    ...(await insertResources(database, other.id, 'table', [{ label: 'X9', capacity: 4 }])),
    ...(await insertResources(database, cowork.id, 'desk', [{ label: 'D1' }])),
    ...(await insertResources(database, hotel.id, 'room', [{ label: '101', area: 'Standard', capacity: 2 }])),
  });
};

const at = (days: number, time: string) => localAt(TZ, days, time).toISOString();
const restaurant = (extra: Record<string, unknown>) => ({
  venueId: ids.restaurant,
  partySize: 2,
  contact,
  ...extra,
});
const MISSING = '00000000-0000-4000-8000-000000000000';

const cases: [string, () => Record<string, unknown>, string, string, string?][] = [
  [
    'end before start',
    () => restaurant({ start: at(2, '19:00'), end: at(2, '18:00') }),
    'BAD_REQUEST',
    'end',
    'End must be after start',
  ],
  [
    'party size 0',
    () => restaurant({ start: at(2, '19:00'), partySize: 0 }),
    'BAD_REQUEST',
    'partySize',
    'partySize: Party size must be at least 1',
  ],
  [
    'party above every table',
    () => restaurant({ start: at(2, '19:00'), partySize: 7 }),
    'BAD_REQUEST',
    'partySize',
    'No table seats 7; the largest seats 6',
  ],
  [
    'duration too short',
    () => restaurant({ start: at(2, '19:00'), durationMinutes: 30 }),
    'BAD_REQUEST',
    'durationMinutes',
  ],
  [
    'duration too long',
    () => restaurant({ start: at(2, '12:00'), durationMinutes: 240 }),
    'BAD_REQUEST',
    'durationMinutes',
  ],
  ['a start in the past', () => restaurant({ start: at(-1, '19:00') }), 'BAD_REQUEST', 'start'],
  [
    'a start too far ahead',
    () => restaurant({ start: at(45, '19:00') }),
    'BAD_REQUEST',
    'start',
    'Bookings open at most 30 days ahead',
  ],
  [
    'outside opening hours',
    () => restaurant({ start: at(2, '21:00') }),
    'BAD_REQUEST',
    'start',
    'Open 11:00–22:00 (Asia/Jakarta)',
  ],
  ['a start without offset', () => restaurant({ start: '2030-01-01T19:00:00' }), 'BAD_REQUEST', 'start'],
  [
    'an unknown venue',
    () => restaurant({ venueId: MISSING, start: at(2, '19:00') }),
    'NOT_FOUND',
    'venueId',
    'No venue with this id',
  ],
  [
    'a malformed venue id',
    () => restaurant({ venueId: 'resto', start: at(2, '19:00') }),
    'BAD_REQUEST',
    'venueId',
  ],
  [
    'an unknown table',
    () => restaurant({ start: at(2, '19:00'), resourceId: MISSING }),
    'NOT_FOUND',
    'resourceId',
    'No table with this id',
  ],
  [
    'a table of another venue',
    () => restaurant({ start: at(2, '19:00'), resourceId: ids.X9 }),
    'BAD_REQUEST',
    'resourceId',
    'X9 is not a table of resto',
  ],
  ['an unknown area', () => restaurant({ start: at(2, '19:00'), area: 'Rooftop' }), 'BAD_REQUEST', 'area'],
  [
    'a bad phone',
    () => restaurant({ start: at(2, '19:00'), contact: { name: 'A', phone: '12' } }),
    'BAD_REQUEST',
    'contact.phone',
  ],
  [
    'a desk id sent to a hotel',
    () => ({
      venueId: ids.hotel,
      checkIn: localDate(TZ, 3),
      checkOut: localDate(TZ, 4),
      resourceId: ids.D1,
      contact,
    }),
    'BAD_REQUEST',
    'resourceId',
    'D1 is not a room of hotel',
  ],
  [
    'a hotel stay ending before it starts',
    () => ({
      venueId: ids.hotel,
      checkIn: localDate(TZ, 4),
      checkOut: localDate(TZ, 3),
      roomType: 'Standard',
      contact,
    }),
    'BAD_REQUEST',
    'checkOut',
  ],
  [
    'a hotel booking with a start time',
    () => ({ venueId: ids.hotel, start: at(2, '19:00'), roomType: 'Standard', contact }),
    'BAD_REQUEST',
    'start',
  ],
  [
    'a check-in date that does not exist',
    () => ({ venueId: ids.hotel, checkIn: '2027-02-30', checkOut: '2027-03-02', contact }),
    'BAD_REQUEST',
    'checkIn',
  ],
  [
    'a coworking booking without a desk',
    () => ({ venueId: ids.cowork, start: at(1, '09:00'), durationMinutes: 60, contact }),
    'BAD_REQUEST',
    'resourceId',
    'Choose a desk',
  ],
  [
    'a table id sent to a coworking space',
    () => ({ venueId: ids.cowork, start: at(1, '09:00'), durationMinutes: 60, resourceId: ids.T1, contact }),
    'BAD_REQUEST',
    'resourceId',
    'T1 is not a desk of cowork',
  ],
];

describe('bad booking input gets a clear error naming the field, and changes nothing', () => {
  beforeAll(seedOnce);
  // useTestDatabase truncates before each test; re-seed so every case sees the same venues.
  it.each(cases)('%s', async (_name, input, code, field, message) => {
    await database.truncate();
    await seedOnce();
    const error = await rejectionOf(testApi.client().api.bookings.create(input() as never));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    if (message) expect(error.message).toBe(message);
    expect(await countRows(database, 'bookings')).toBe(0);
    expect(await countRows(database, 'booking_items')).toBe(0);
    expect(await countRows(database, 'booking_history')).toBe(0);
  });
});
