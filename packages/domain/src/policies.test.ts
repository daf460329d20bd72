import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors.js';
import {
  noShowAt,
  openingWindow,
  slotStarts,
  type TimeSlotInput,
  timeSlotProblem,
  turnMinutes,
  validateStay,
  validateTimeSlot,
} from './policies.js';
import { addDays, instantToZoned, todayIn, zonedToInstant } from './time.js';
import { DEFAULT_VENUE_SETTINGS, type VenueSettings } from './venue.js';

const JAKARTA = 'Asia/Jakarta';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const minutes = (n: number) => n * 60_000;

function expectValidation(run: () => unknown, field: string, message: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isDomainError(thrown), 'expected a DomainError').toBe(true);
  expect(thrown).toMatchObject({ kind: 'Validation', field, message });
}

const restaurant: VenueSettings = {
  ...DEFAULT_VENUE_SETTINGS,
  openingHours: { open: '11:00', close: '22:00' },
  minDurationMinutes: 30,
  maxDurationMinutes: 240,
  leadTimeMinutes: 60,
  maxDaysAhead: 60,
  slotStepMinutes: 15,
};

// Friday 2026-07-03, 09:00 in Jakarta.
const NOW = at('2026-07-03T02:00:00Z');
const jakartaSlot = (date: string, from: string, to: string, overrides: Partial<TimeSlotInput> = {}) => ({
  settings: restaurant,
  timeZone: JAKARTA,
  start: zonedToInstant(date, from, JAKARTA),
  end: zonedToInstant(date, to, JAKARTA),
  now: NOW,
  ...overrides,
});

describe('validateTimeSlot', () => {
  it('accepts a slot inside opening hours, judged in venue time', () => {
    // 19:00–20:30 Jakarta is 12:00–13:30 UTC.
    const slot = jakartaSlot('2026-07-03', '19:00', '20:30');
    expect(slot.start.toISOString()).toBe('2026-07-03T12:00:00.000Z');
    expect(() => validateTimeSlot(slot)).not.toThrow();
    expect(timeSlotProblem(slot)).toBeNull();
    expect(() => validateTimeSlot(jakartaSlot('2026-07-03', '11:00', '12:00'))).not.toThrow();
    expect(() => validateTimeSlot(jakartaSlot('2026-07-03', '20:30', '22:00'))).not.toThrow();
  });

  it('rejects an end at or before the start (field end)', () => {
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '19:00', '18:00')),
      'end',
      'End must be after start',
    );
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '19:00', '19:00')),
      'end',
      'End must be after start',
    );
  });

  it('rejects a duration outside the bounds (field durationMinutes)', () => {
    const message = 'Duration must be between 30 and 240 minutes';
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '19:00', '19:20')),
      'durationMinutes',
      message,
    );
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '12:00', '16:01')),
      'durationMinutes',
      message,
    );
    expect(() => validateTimeSlot(jakartaSlot('2026-07-03', '12:00', '16:00'))).not.toThrow();
  });

  it('rejects a start in the past, then one inside the lead time (field start)', () => {
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '08:00', '09:30')),
      'start',
      'Start is in the past',
    );
    const openAllDay = { ...restaurant, openingHours: null };
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-07-03', '09:30', '11:00', { settings: openAllDay })),
      'start',
      'Start must be at least 60 minutes ahead',
    );
    expect(() =>
      validateTimeSlot(jakartaSlot('2026-07-03', '10:00', '11:00', { settings: openAllDay })),
    ).not.toThrow();
    expectValidation(
      () =>
        validateTimeSlot(
          jakartaSlot('2026-07-03', '09:00', '10:00', { settings: { ...openAllDay, leadTimeMinutes: 1 } }),
        ),
      'start',
      'Start must be at least 1 minute ahead',
    );
  });

  it('counts days ahead from the venue-local today', () => {
    // 17:30Z on 30 June is already 1 July in Jakarta: 60 days ahead is 30 August.
    const now = at('2026-06-30T17:30:00Z');
    expect(() => validateTimeSlot(jakartaSlot('2026-08-30', '21:00', '22:00', { now }))).not.toThrow();
    expectValidation(
      () => validateTimeSlot(jakartaSlot('2026-08-31', '11:00', '12:00', { now })),
      'start',
      'Bookings open at most 60 days ahead',
    );
  });

  it('rejects a slot outside opening hours, in venue time (field start)', () => {
    const message = 'Open 11:00–22:00 (Asia/Jakarta)';
    expectValidation(() => validateTimeSlot(jakartaSlot('2026-07-03', '10:30', '12:00')), 'start', message);
    expectValidation(() => validateTimeSlot(jakartaSlot('2026-07-03', '21:00', '22:30')), 'start', message);
    // 18:00 UTC looks like dinner time but is 01:00 the next day in Jakarta.
    expectValidation(
      () =>
        validateTimeSlot({
          settings: restaurant,
          timeZone: JAKARTA,
          start: at('2026-07-03T18:00:00Z'),
          end: at('2026-07-03T19:00:00Z'),
          now: NOW,
        }),
      'start',
      message,
    );
  });

  it('supports a close after midnight', () => {
    const bar = { ...restaurant, openingHours: { open: '18:00', close: '02:00' }, leadTimeMinutes: 0 };
    const slot = (date: string, from: string, endDate: string, to: string) => ({
      settings: bar,
      timeZone: BERLIN,
      start: zonedToInstant(date, from, BERLIN),
      end: zonedToInstant(endDate, to, BERLIN),
      now: at('2026-07-01T00:00:00Z'),
    });
    expect(() => validateTimeSlot(slot('2026-07-03', '18:00', '2026-07-03', '19:30'))).not.toThrow();
    expect(() => validateTimeSlot(slot('2026-07-03', '23:30', '2026-07-04', '01:00'))).not.toThrow();
    // After midnight the booking belongs to the opening that began the evening before.
    expect(() => validateTimeSlot(slot('2026-07-04', '00:30', '2026-07-04', '02:00'))).not.toThrow();
    const message = 'Open 18:00–02:00 (Europe/Berlin)';
    expectValidation(
      () => validateTimeSlot(slot('2026-07-04', '01:30', '2026-07-04', '02:30')),
      'start',
      message,
    );
    expectValidation(
      () => validateTimeSlot(slot('2026-07-04', '03:00', '2026-07-04', '04:00')),
      'start',
      message,
    );
    expectValidation(
      () => validateTimeSlot(slot('2026-07-03', '17:00', '2026-07-03', '18:30')),
      'start',
      message,
    );
  });

  it('checks in the documented order: end, duration, past, lead time, days ahead, opening hours', () => {
    const past = '2026-07-01';
    expect(timeSlotProblem(jakartaSlot(past, '05:00', '04:00'))?.field).toBe('end');
    expect(timeSlotProblem(jakartaSlot(past, '05:00', '05:10'))?.field).toBe('durationMinutes');
    expect(timeSlotProblem(jakartaSlot(past, '05:00', '06:00'))?.message).toBe('Start is in the past');
    expect(timeSlotProblem(jakartaSlot('2026-07-03', '09:30', '10:30'))?.message).toBe(
      'Start must be at least 60 minutes ahead',
    );
    expect(timeSlotProblem(jakartaSlot('2026-12-01', '05:00', '06:00'))?.message).toBe(
      'Bookings open at most 60 days ahead',
    );
  });

  it('rejects an invalid instant', () => {
    expectValidation(
      () => validateTimeSlot({ ...jakartaSlot('2026-07-03', '19:00', '20:00'), start: new Date(Number.NaN) }),
      'start',
      'Start must be a valid date and time',
    );
  });
});

describe('slotStarts', () => {
  const longBefore = at('2026-01-01T00:00:00Z');
  const allDay = { ...DEFAULT_VENUE_SETTINGS, openingHours: null, maxDaysAhead: 365, leadTimeMinutes: 0 };
  const localTimes = (starts: Date[], tz: string) => starts.map((s) => instantToZoned(s, tz).time);
  const expectDistinctAndRising = (starts: Date[]) => {
    expect(new Set(starts.map((s) => s.getTime())).size).toBe(starts.length);
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]!.getTime()).toBeGreaterThan(starts[i - 1]!.getTime());
  };

  it('steps from opening to closing minus the duration, in venue time', () => {
    const starts = slotStarts({
      settings: restaurant,
      timeZone: JAKARTA,
      date: '2026-07-10',
      durationMinutes: 90,
      now: NOW,
    });
    expect(starts).toHaveLength((660 - 90) / 15 + 1);
    expect(starts[0]!.toISOString()).toBe('2026-07-10T04:00:00.000Z');
    expect(instantToZoned(starts.at(-1)!, JAKARTA).time).toBe('20:30');
  });

  it('drops starts in the past and inside the lead time', () => {
    // 12:10 in Jakarta with a 60-minute lead: the first start is 13:15.
    const starts = slotStarts({
      settings: restaurant,
      timeZone: JAKARTA,
      date: '2026-07-03',
      durationMinutes: 90,
      now: at('2026-07-03T05:10:00Z'),
    });
    expect(localTimes(starts, JAKARTA)[0]).toBe('13:15');
    expect(
      slotStarts({
        settings: restaurant,
        timeZone: JAKARTA,
        date: '2026-07-02',
        durationMinutes: 90,
        now: NOW,
      }),
    ).toEqual([]);
  });

  it('gives nothing beyond maxDaysAhead or for a duration outside the bounds', () => {
    const base = { settings: restaurant, timeZone: JAKARTA, now: NOW };
    expect(slotStarts({ ...base, date: addDays('2026-07-03', 61), durationMinutes: 90 })).toEqual([]);
    expect(slotStarts({ ...base, date: addDays('2026-07-03', 60), durationMinutes: 90 })).toHaveLength(39);
    expect(slotStarts({ ...base, date: '2026-07-10', durationMinutes: 20 })).toEqual([]);
    expect(slotStarts({ ...base, date: '2026-07-10', durationMinutes: 241 })).toEqual([]);
  });

  it('gives 23 hours of starts on the Berlin spring-forward day, none at a time that does not exist', () => {
    const starts = slotStarts({
      settings: allDay,
      timeZone: BERLIN,
      date: '2026-03-29',
      durationMinutes: 60,
      now: longBefore,
    });
    expect(starts).toHaveLength((23 * 60 - 60) / 15 + 1);
    expectDistinctAndRising(starts);
    const times = localTimes(starts, BERLIN);
    expect(times.filter((t) => t.startsWith('02:'))).toEqual([]);
    expect(times.slice(6, 10)).toEqual(['01:30', '01:45', '03:00', '03:15']);
    // Each start is a real wall time that maps back to itself.
    for (const start of starts) {
      const local = instantToZoned(start, BERLIN);
      expect(zonedToInstant(local.date, local.time, BERLIN).getTime()).toBe(start.getTime());
    }
  });

  it('gives 25 hours of starts on the Berlin fall-back day, the repeated hour once per real instant', () => {
    const starts = slotStarts({
      settings: allDay,
      timeZone: BERLIN,
      date: '2026-10-25',
      durationMinutes: 60,
      now: longBefore,
    });
    expect(starts).toHaveLength((25 * 60 - 60) / 15 + 1);
    expectDistinctAndRising(starts);
    const times = localTimes(starts, BERLIN);
    expect(times.filter((t) => t === '02:30')).toHaveLength(2);
    expect(starts[0]!.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(times.at(-1)).toBe('23:00');
    // An ordinary day has 24 hours of starts.
    expect(
      slotStarts({
        settings: allDay,
        timeZone: BERLIN,
        date: '2026-10-26',
        durationMinutes: 60,
        now: longBefore,
      }),
    ).toHaveLength((24 * 60 - 60) / 15 + 1);
  });

  it('handles overnight opening hours across both DST nights', () => {
    const bar = { ...allDay, openingHours: { open: '18:00', close: '04:00' }, slotStepMinutes: 30 };
    const spring = slotStarts({
      settings: bar,
      timeZone: BERLIN,
      date: '2026-03-28',
      durationMinutes: 60,
      now: longBefore,
    });
    const autumn = slotStarts({
      settings: bar,
      timeZone: BERLIN,
      date: '2026-10-24',
      durationMinutes: 60,
      now: longBefore,
    });
    expect(spring).toHaveLength((9 * 60 - 60) / 30 + 1);
    expect(autumn).toHaveLength((11 * 60 - 60) / 30 + 1);
    expectDistinctAndRising(spring);
    expectDistinctAndRising(autumn);
    expect(localTimes(spring, BERLIN).at(-1)).toBe('03:00');
    expect(localTimes(autumn, BERLIN).at(-1)).toBe('03:00');
  });

  it('property: every listed start passes validateTimeSlot', () => {
    const zones = [JAKARTA, 'Asia/Makassar', BERLIN, 'America/New_York', 'Australia/Sydney'];
    const hours = fc.constantFrom<VenueSettings['openingHours']>(
      null,
      { open: '11:00', close: '22:00' },
      { open: '18:00', close: '02:00' },
      { open: '01:30', close: '03:30' },
      { open: '00:00', close: '00:00' },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        hours,
        fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }),
        fc.integer({ min: -1, max: 8 }),
        fc.constantFrom(30, 60, 90, 120),
        fc.constantFrom(0, 30, 120),
        (timeZone, openingHours, nowMinute, dayOffset, durationMinutes, leadTimeMinutes) => {
          const now = new Date(nowMinute * 60_000);
          const settings = { ...restaurant, openingHours, leadTimeMinutes, maxDaysAhead: 5 };
          const date = addDays(todayIn(timeZone, now), dayOffset);
          for (const start of slotStarts({ settings, timeZone, date, durationMinutes, now })) {
            const end = new Date(start.getTime() + minutes(durationMinutes));
            expect(timeSlotProblem({ settings, timeZone, start, end, now })).toBeNull();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('openingWindow', () => {
  it('runs overnight when the close is not after the open', () => {
    const window = openingWindow('2026-07-03', { open: '18:00', close: '02:00' }, JAKARTA);
    expect(window.open.toISOString()).toBe('2026-07-03T11:00:00.000Z');
    expect(window.close.toISOString()).toBe('2026-07-03T19:00:00.000Z');
  });
});

describe('validateStay', () => {
  const hotel: VenueSettings = { ...DEFAULT_VENUE_SETTINGS, maxDaysAhead: 365 };
  // 17:30Z on 30 June: already 1 July in Jakarta.
  const now = at('2026-06-30T17:30:00Z');
  const stay = (checkIn: string, checkOut: string, settings = hotel, timeZone = JAKARTA, today = now) =>
    validateStay({ settings, timeZone, checkIn, checkOut, now: today });

  it('gives nights and the check-in/check-out instants in venue time', () => {
    expect(stay('2026-07-01', '2026-07-03')).toEqual({
      nights: 2,
      start: at('2026-07-01T07:00:00Z'),
      end: at('2026-07-03T05:00:00Z'),
    });
  });

  it('uses the venue clock across a DST change', () => {
    const result = stay('2026-03-28', '2026-03-30', hotel, BERLIN, at('2026-03-01T00:00:00Z'));
    // In at 14:00 CET (UTC+1), out at 12:00 CEST (UTC+2).
    expect(result.nights).toBe(2);
    expect(result.start.toISOString()).toBe('2026-03-28T13:00:00.000Z');
    expect(result.end.toISOString()).toBe('2026-03-30T10:00:00.000Z');
  });

  it('rejects a check-out that is not after check-in (field checkOut)', () => {
    expectValidation(() => stay('2026-07-05', '2026-07-05'), 'checkOut', 'Check-out must be after check-in');
    expectValidation(() => stay('2026-07-05', '2026-07-04'), 'checkOut', 'Check-out must be after check-in');
  });

  it('rejects a check-in before the venue-local today (field checkIn)', () => {
    // 30 June is still today in UTC but already yesterday in Jakarta.
    expectValidation(() => stay('2026-06-30', '2026-07-02'), 'checkIn', 'Check-in cannot be in the past');
  });

  it('rejects a check-in beyond maxDaysAhead (field checkIn)', () => {
    const settings = { ...hotel, maxDaysAhead: 60 };
    expect(stay('2026-08-30', '2026-08-31', settings).nights).toBe(1);
    expectValidation(
      () => stay('2026-08-31', '2026-09-01', settings),
      'checkIn',
      'Bookings open at most 60 days ahead',
    );
  });

  it('rejects a stay shorter or longer than allowed (field checkOut)', () => {
    expectValidation(
      () => stay('2026-07-01', '2026-08-01'),
      'checkOut',
      'Stay must be between 1 and 30 nights',
    );
    expect(stay('2026-07-01', '2026-07-31').nights).toBe(30);
    expectValidation(
      () => stay('2026-07-01', '2026-07-02', { ...hotel, minNights: 2 }),
      'checkOut',
      'Stay must be between 2 and 30 nights',
    );
  });

  it('rejects malformed dates', () => {
    expectValidation(() => stay('2026-02-30', '2026-03-02'), 'checkIn', 'Use a date like 2026-12-31');
    expectValidation(() => stay('2026-07-01', '07/03/2026'), 'checkOut', 'Use a date like 2026-12-31');
  });
});

describe('turnMinutes and noShowAt', () => {
  const rules = {
    turnMinutesByParty: [
      { upTo: 2, minutes: 10 },
      { upTo: 6, minutes: 15 },
      { upTo: 99, minutes: 20 },
    ],
  };

  it('uses the first rule that covers the party', () => {
    expect([1, 2, 3, 6, 7, 99, 100].map((n) => turnMinutes(n, rules))).toEqual([10, 10, 15, 15, 20, 20, 0]);
    expect(turnMinutes(4, { turnMinutesByParty: [] })).toBe(0);
    expect(turnMinutes(4, DEFAULT_VENUE_SETTINGS)).toBe(0);
  });

  it('matches in ascending upTo whatever the stored order', () => {
    const shuffled = { turnMinutesByParty: [...rules.turnMinutesByParty].reverse() };
    expect([1, 3, 7].map((n) => turnMinutes(n, shuffled))).toEqual([10, 15, 20]);
  });

  it('puts the no-show moment grace minutes after the start', () => {
    expect(noShowAt(at('2026-07-03T12:00:00Z'), 15).toISOString()).toBe('2026-07-03T12:15:00.000Z');
  });
});

describe('venue settings defaults', () => {
  it('has the hotel and turn defaults', () => {
    expect(DEFAULT_VENUE_SETTINGS).toMatchObject({
      turnMinutesByParty: [],
      checkInTime: '14:00',
      checkOutTime: '12:00',
      minNights: 1,
      maxNights: 30,
    });
  });
});
