import { useTestDatabase } from '@reserva/db/testing';
import { zonedToInstant } from '@reserva/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { searchAvailability } from '../../services/availability/search-availability.service.js';
import { createBooking } from '../../services/bookings/create-booking.service.js';
import { insertResources, insertVenue } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const contact = { name: 'Jana', phone: '+49 151 23456789' };
const settings = {
  openingHours: { open: '11:00', close: '22:00' },
  maxDaysAhead: 400,
  defaultDurationMinutes: 60,
  slotStepMinutes: 60,
  depositPerGuestMinor: 10,
  peakWindows: [{ days: [6], start: '18:00', end: '21:00', multiplier: 2 }],
};
let berlin: string;
let jakarta: string;

beforeEach(async () => {
  berlin = (
    await insertVenue(database, { kind: 'restaurant', slug: 'berlin', timeZone: 'Europe/Berlin', settings })
  ).id;
  jakarta = (await insertVenue(database, { kind: 'restaurant', slug: 'jakarta', settings })).id;
  await insertResources(database, berlin, 'table', [{ label: 'B1', capacity: 4 }]);
  await insertResources(database, jakarta, 'table', [{ label: 'J1', capacity: 4 }]);
});

const search = (venueId: string, date: string) =>
  testApi.client().api.availability.search({ venueId, date, partySize: 2 });

describe('venue time across a DST change (Europe/Berlin springs forward on 2027-03-28)', () => {
  it('opening hours are the venue’s wall clock on both sides of the change', async () => {
    const before = await search(berlin, '2027-03-27');
    const after = await search(berlin, '2027-03-28');
    expect(before.kind === 'restaurant' && before.slots[0]!.start).toBe('2027-03-27T10:00:00.000Z');
    expect(after.kind === 'restaurant' && after.slots[0]!.start).toBe('2027-03-28T09:00:00.000Z');
    for (const day of [before, after]) {
      if (day.kind !== 'restaurant') throw new Error('expected restaurant times');
      expect(day.slots.map((slot) => slot.time)).toEqual(
        ['11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21'].map((h) => `${h}:00`),
      );
    }
  });

  it('the last hour before closing is bookable after the change; one past closing is not', async () => {
    const api = testApi.client().api;
    const last = await api.bookings.create({
      venueId: berlin,
      start: '2027-03-28T21:00:00+02:00',
      partySize: 2,
      contact,
    });
    expect(last.start).toBe('2027-03-28T19:00:00.000Z');
    const late = await rejectionOf(
      api.bookings.create({ venueId: berlin, start: '2027-03-28T21:30:00+02:00', partySize: 2, contact }),
    );
    expect([late.field, late.message]).toEqual(['start', 'Open 11:00–22:00 (Europe/Berlin)']);
  });

  it('peak windows are judged in venue time: Saturday 18:00 Berlin, not 18:00 UTC', async () => {
    const api = testApi.client().api;
    const peak = await api.bookings.create({
      venueId: berlin,
      start: '2027-03-27T18:00:00+01:00',
      partySize: 2,
      contact,
    });
    expect([peak.isPeak, peak.depositMinor]).toEqual([true, 40]);
    // 18:00 UTC on that Saturday is 19:00 in Berlin (peak) but 01:00 Sunday in Jakarta (closed anyway);
    // 11:00 Saturday Jakarta is 05:00 UTC: not peak.
    const offPeak = await api.bookings.create({
      venueId: jakarta,
      start: zonedToInstant('2027-03-27', '11:00', 'Asia/Jakarta').toISOString(),
      partySize: 2,
      contact,
    });
    expect([offPeak.isPeak, offPeak.depositMinor]).toEqual([false, 20]);
  });
});

describe('"today" is the venue’s today', () => {
  it('at 17:30 UTC on 30 June it is already 1 July in Jakarta but still 30 June in Berlin', async () => {
    const now = new Date('2026-06-30T17:30:00Z');
    await database.db
      .updateTable('venues')
      .set({ settings: { ...settings, maxDaysAhead: 0 } })
      .execute();
    const input = (venueId: string, timeZone: string) => ({
      venueId,
      start: zonedToInstant('2026-07-01', '19:00', timeZone),
      partySize: 2,
      contact,
    });
    const sameDay = await createBooking({
      db: database.db,
      actor: null,
      input: input(jakarta, 'Asia/Jakarta'),
      now,
    });
    expect(sameDay.status).toBe('PENDING');
    await expect(
      createBooking({ db: database.db, actor: null, input: input(berlin, 'Europe/Berlin'), now }),
    ).rejects.toMatchObject({ field: 'start', message: 'Bookings open at most 0 days ahead' });

    const jakartaToday = await searchAvailability({
      db: database.db,
      input: { venueId: jakarta, date: '2026-07-01' },
      now,
    });
    expect(jakartaToday.kind === 'restaurant' && jakartaToday.slots.length).toBe(11);
    const berlinTomorrow = await searchAvailability({
      db: database.db,
      input: { venueId: berlin, date: '2026-07-01' },
      now,
    });
    expect(berlinTomorrow.kind === 'restaurant' && berlinTomorrow.slots.length).toBe(0);
  });
});
