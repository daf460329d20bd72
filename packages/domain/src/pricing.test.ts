import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors.js';
import { isPeak, priceCoworking, priceRestaurant, priceStay } from './pricing.js';
import { addDays, daysBetween, zonedToInstant } from './time.js';
import { DEFAULT_VENUE_SETTINGS, type PeakWindow } from './venue.js';

const JAKARTA = 'Asia/Jakarta';
const BERLIN = 'Europe/Berlin';
const ZONES = [JAKARTA, 'Asia/Makassar', BERLIN, 'America/New_York', 'Australia/Sydney'];
const at = (iso: string) => new Date(iso);

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

const weekendEvenings: PeakWindow[] = [{ days: [5, 6, 7], start: '18:00', end: '21:00', multiplier: 1.25 }];
const isInteger = (n: number) => Number.isInteger(n) && n >= 0;

describe('isPeak', () => {
  it('judges peak windows on the venue clock: 19:00 in Jakarta is peak though it is 12:00 UTC', () => {
    // Friday 2026-07-03.
    expect(isPeak(weekendEvenings, JAKARTA, at('2026-07-03T12:00:00Z'))).toEqual({
      peak: true,
      multiplier: 1.25,
    });
    // The same instant is 14:00 in Berlin: not peak there.
    expect(isPeak(weekendEvenings, BERLIN, at('2026-07-03T12:00:00Z'))).toEqual({
      peak: false,
      multiplier: 1,
    });
    expect(isPeak(weekendEvenings, BERLIN, at('2026-07-03T17:00:00Z'))).toEqual({
      peak: true,
      multiplier: 1.25,
    });
  });

  it('includes the start and excludes the end of a window', () => {
    const local = (time: string) => zonedToInstant('2026-07-03', time, JAKARTA);
    expect(isPeak(weekendEvenings, JAKARTA, local('17:59')).peak).toBe(false);
    expect(isPeak(weekendEvenings, JAKARTA, local('18:00')).peak).toBe(true);
    expect(isPeak(weekendEvenings, JAKARTA, local('20:59')).peak).toBe(true);
    expect(isPeak(weekendEvenings, JAKARTA, local('21:00')).peak).toBe(false);
  });

  it('uses the local weekday, not the UTC one', () => {
    // Thursday 19:00 in Jakarta: not peak. Saturday 00:30 in Jakarta is still Friday in UTC.
    expect(isPeak(weekendEvenings, JAKARTA, zonedToInstant('2026-07-02', '19:00', JAKARTA)).peak).toBe(false);
    const earlySaturday: PeakWindow[] = [{ days: [6], start: '00:00', end: '02:00', multiplier: 2 }];
    expect(isPeak(earlySaturday, JAKARTA, at('2026-07-03T17:30:00Z'))).toEqual({ peak: true, multiplier: 2 });
  });

  it('supports a window that runs past midnight', () => {
    const lateSaturday: PeakWindow[] = [{ days: [6], start: '22:00', end: '02:00', multiplier: 1.5 }];
    const local = (date: string, time: string) => zonedToInstant(date, time, JAKARTA);
    expect(isPeak(lateSaturday, JAKARTA, local('2026-07-04', '23:00')).peak).toBe(true);
    expect(isPeak(lateSaturday, JAKARTA, local('2026-07-05', '01:00')).peak).toBe(true);
    expect(isPeak(lateSaturday, JAKARTA, local('2026-07-04', '01:00')).peak).toBe(false);
    expect(isPeak(lateSaturday, JAKARTA, local('2026-07-05', '02:00')).peak).toBe(false);
  });

  it('takes the highest multiplier when windows overlap', () => {
    const windows: PeakWindow[] = [
      ...weekendEvenings,
      { days: [5], start: '19:00', end: '20:00', multiplier: 1.5 },
      { days: [5], start: '19:00', end: '20:00', multiplier: 1.1 },
    ];
    expect(isPeak(windows, JAKARTA, at('2026-07-03T12:30:00Z')).multiplier).toBe(1.5);
  });

  it('follows the Berlin wall clock across both DST changes', () => {
    const daily: PeakWindow[] = [
      { days: [1, 2, 3, 4, 5, 6, 7], start: '18:00', end: '21:00', multiplier: 2 },
    ];
    // 18:00 local is 17:00Z in winter and 16:00Z in summer.
    expect(isPeak(daily, BERLIN, at('2026-03-28T17:00:00Z')).peak).toBe(true);
    expect(isPeak(daily, BERLIN, at('2026-03-29T16:00:00Z')).peak).toBe(true);
    expect(isPeak(daily, BERLIN, at('2026-03-29T15:59:00Z')).peak).toBe(false);
    expect(isPeak(daily, BERLIN, at('2026-10-24T16:00:00Z')).peak).toBe(true);
    expect(isPeak(daily, BERLIN, at('2026-10-25T16:59:00Z')).peak).toBe(false);
    expect(isPeak(daily, BERLIN, at('2026-10-25T17:00:00Z')).peak).toBe(true);
  });
});

describe('priceRestaurant', () => {
  const settings = { ...DEFAULT_VENUE_SETTINGS, peakWindows: weekendEvenings, depositPerGuestMinor: 50_000 };

  it('charges the deposit per guest, times the peak multiplier', () => {
    expect(
      priceRestaurant({ settings, timeZone: JAKARTA, start: at('2026-07-03T12:00:00Z'), partySize: 4 }),
    ).toEqual({
      totalMinor: 250_000,
      depositMinor: 250_000,
      isPeak: true,
      multiplier: 1.25,
    });
    expect(
      priceRestaurant({ settings, timeZone: JAKARTA, start: at('2026-07-02T12:00:00Z'), partySize: 4 }),
    ).toEqual({
      totalMinor: 200_000,
      depositMinor: 200_000,
      isPeak: false,
      multiplier: 1,
    });
  });

  it('rounds to whole minor units and charges nothing without a deposit rule', () => {
    const odd = { ...settings, depositPerGuestMinor: 33_333 };
    expect(
      priceRestaurant({ settings: odd, timeZone: JAKARTA, start: at('2026-07-03T12:00:00Z'), partySize: 1 }),
    ).toMatchObject({ depositMinor: 41_666, totalMinor: 41_666 });
    expect(
      priceRestaurant({
        settings: DEFAULT_VENUE_SETTINGS,
        timeZone: JAKARTA,
        start: at('2026-07-03T12:00:00Z'),
        partySize: 6,
      }),
    ).toMatchObject({ depositMinor: 0, totalMinor: 0 });
  });

  it('rejects a party size below 1 (field partySize)', () => {
    const message = 'Party size must be a whole number of at least 1';
    const start = at('2026-07-03T12:00:00Z');
    expectValidation(
      () => priceRestaurant({ settings, timeZone: JAKARTA, start, partySize: 0 }),
      'partySize',
      message,
    );
    expectValidation(
      () => priceRestaurant({ settings, timeZone: JAKARTA, start, partySize: 2.5 }),
      'partySize',
      message,
    );
  });
});

describe('priceCoworking', () => {
  it('pro-rates the hourly price by the minute', () => {
    expect(
      priceCoworking({
        pricePerHourMinor: 20_000,
        start: at('2026-07-03T02:00:00Z'),
        end: at('2026-07-03T03:30:00Z'),
      }),
    ).toEqual({ totalMinor: 30_000, hours: 1.5, minutes: 90 });
    expect(
      priceCoworking({
        pricePerHourMinor: 10_000,
        start: at('2026-07-03T02:00:00Z'),
        end: at('2026-07-03T02:25:00Z'),
      }).totalMinor,
    ).toBe(4_167);
  });

  it('applies peak windows minute by minute in venue time', () => {
    const everyEvening: PeakWindow[] = [
      { days: [1, 2, 3, 4, 5, 6, 7], start: '18:00', end: '21:00', multiplier: 1.5 },
    ];
    // 17:30–18:30 Jakarta: half an hour at 10,000 and half an hour at 15,000.
    expect(
      priceCoworking({
        pricePerHourMinor: 20_000,
        start: zonedToInstant('2026-07-03', '17:30', JAKARTA),
        end: zonedToInstant('2026-07-03', '18:30', JAKARTA),
        peakWindows: everyEvening,
        timeZone: JAKARTA,
      }).totalMinor,
    ).toBe(25_000);
  });

  it('charges real elapsed hours over a DST night', () => {
    // 00:00–04:00 on the Berlin spring-forward night is three real hours.
    const result = priceCoworking({
      pricePerHourMinor: 60_000,
      start: zonedToInstant('2026-03-29', '00:00', BERLIN),
      end: zonedToInstant('2026-03-29', '04:00', BERLIN),
      peakWindows: [{ days: [7], start: '03:00', end: '04:00', multiplier: 2 }],
      timeZone: BERLIN,
    });
    expect(result).toEqual({ totalMinor: 60_000 * 2 + 120_000, hours: 3, minutes: 180 });
  });

  it('rejects an end at or before the start (field end)', () => {
    const start = at('2026-07-03T02:00:00Z');
    expectValidation(
      () => priceCoworking({ pricePerHourMinor: 1, start, end: start }),
      'end',
      'End must be after start',
    );
  });

  it('needs the venue time zone to apply peak windows', () => {
    expect(() =>
      priceCoworking({
        pricePerHourMinor: 1,
        start: at('2026-07-03T02:00:00Z'),
        end: at('2026-07-03T03:00:00Z'),
        peakWindows: weekendEvenings,
      }),
    ).toThrow(TypeError);
  });
});

describe('priceStay', () => {
  it('prices Friday and Saturday nights at the weekend rate', () => {
    // Friday 3 July to Monday 6 July 2026: Fri, Sat, Sun nights.
    expect(
      priceStay({
        nightlyMinor: 500_000,
        checkIn: '2026-07-03',
        checkOut: '2026-07-06',
        weekendMultiplier: 1.2,
      }),
    ).toEqual({
      nights: 3,
      totalMinor: 1_700_000,
      perNight: [
        { date: '2026-07-03', priceMinor: 600_000, weekend: true },
        { date: '2026-07-04', priceMinor: 600_000, weekend: true },
        { date: '2026-07-05', priceMinor: 500_000, weekend: false },
      ],
    });
  });

  it('counts calendar nights across a DST change', () => {
    expect(
      priceStay({ nightlyMinor: 100, checkIn: '2026-10-24', checkOut: '2026-10-26', weekendMultiplier: 1 })
        .nights,
    ).toBe(2);
  });

  it('rejects a check-out that is not after check-in (field checkOut)', () => {
    expectValidation(
      () =>
        priceStay({ nightlyMinor: 100, checkIn: '2026-07-03', checkOut: '2026-07-03', weekendMultiplier: 1 }),
      'checkOut',
      'Check-out must be after check-in',
    );
  });

  it('refuses negative or non-finite prices from venue data', () => {
    expect(() =>
      priceStay({ nightlyMinor: -1, checkIn: '2026-07-03', checkOut: '2026-07-04', weekendMultiplier: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      priceStay({
        nightlyMinor: 1,
        checkIn: '2026-07-03',
        checkOut: '2026-07-04',
        weekendMultiplier: Number.NaN,
      }),
    ).toThrow(RangeError);
  });
});

describe('pricing properties', () => {
  const amount = fc.integer({ min: 0, max: 100_000_000 });
  const multiplier = fc.double({ min: 0, max: 5, noNaN: true });
  const instant = fc
    .integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 })
    .map((m) => new Date(m * 60_000));
  const window = fc.record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7]),
    start: fc
      .integer({ min: 0, max: 1439 })
      .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
    end: fc
      .integer({ min: 0, max: 1439 })
      .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
    multiplier,
  });

  it('restaurant deposits are non-negative integers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        amount,
        fc.integer({ min: 1, max: 100 }),
        fc.array(window, { maxLength: 3 }),
        instant,
        (timeZone, depositPerGuestMinor, partySize, peakWindows, start) => {
          const price = priceRestaurant({
            settings: { depositPerGuestMinor, peakWindows },
            timeZone,
            start,
            partySize,
          });
          expect(isInteger(price.depositMinor)).toBe(true);
          expect(price.totalMinor).toBe(price.depositMinor);
          expect(price.multiplier).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('coworking prices are non-negative integers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        amount,
        fc.array(window, { maxLength: 3 }),
        instant,
        fc.integer({ min: 1, max: 24 * 60 }),
        (timeZone, pricePerHourMinor, peakWindows, start, length) => {
          const end = new Date(start.getTime() + length * 60_000);
          const price = priceCoworking({ pricePerHourMinor, start, end, peakWindows, timeZone });
          expect(isInteger(price.totalMinor)).toBe(true);
          expect(price.minutes).toBe(length);
          expect(price.hours).toBeCloseTo(length / 60, 10);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays: nights equal daysBetween and the total is the sum of non-negative integer nights', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 60 }),
        amount,
        multiplier,
        (day, length, nightlyMinor, weekendMultiplier) => {
          const checkIn = day.toISOString().slice(0, 10);
          const checkOut = addDays(checkIn, length);
          const price = priceStay({ nightlyMinor, checkIn, checkOut, weekendMultiplier });
          expect(price.nights).toBe(daysBetween(checkIn, checkOut));
          expect(price.perNight).toHaveLength(price.nights);
          expect(isInteger(price.totalMinor)).toBe(true);
          for (const night of price.perNight) expect(isInteger(night.priceMinor)).toBe(true);
          expect(price.perNight.reduce((sum, night) => sum + night.priceMinor, 0)).toBe(price.totalMinor);
        },
      ),
    );
  });
});
