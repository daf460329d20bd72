import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateSchema, localTimeSchema, timeZoneSchema } from './schemas.js';
import {
  addDays,
  daysBetween,
  instantToZoned,
  isValidLocalDate,
  isValidTimeZone,
  startOfLocalDay,
  timeZoneOffsetMinutes,
  todayIn,
  weekdayOf,
  zonedToInstant,
} from './time.js';

const JAKARTA = 'Asia/Jakarta';
const BERLIN = 'Europe/Berlin';
const ZONES = [JAKARTA, 'Asia/Makassar', BERLIN, 'America/New_York', 'Australia/Sydney'] as const;

const iso = (date: Date) => date.toISOString();

describe('zonedToInstant / instantToZoned', () => {
  it('converts Jakarta wall time (UTC+7, no DST)', () => {
    expect(iso(zonedToInstant('2026-07-03', '19:00', JAKARTA))).toBe('2026-07-03T12:00:00.000Z');
    expect(instantToZoned(new Date('2026-07-03T12:00:00Z'), JAKARTA)).toEqual({
      date: '2026-07-03',
      time: '19:00',
      weekday: 5,
      minutesOfDay: 1140,
    });
  });

  it('uses CET in winter and CEST in summer in Berlin', () => {
    expect(iso(zonedToInstant('2026-01-15', '12:00', BERLIN))).toBe('2026-01-15T11:00:00.000Z');
    expect(iso(zonedToInstant('2026-07-15', '12:00', BERLIN))).toBe('2026-07-15T10:00:00.000Z');
    expect(timeZoneOffsetMinutes(new Date('2026-01-15T11:00:00Z'), BERLIN)).toBe(60);
    expect(timeZoneOffsetMinutes(new Date('2026-07-15T10:00:00Z'), BERLIN)).toBe(120);
  });

  it('round-trips the hours around the spring-forward change (2026-03-29)', () => {
    expect(iso(zonedToInstant('2026-03-29', '01:59', BERLIN))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(zonedToInstant('2026-03-29', '03:00', BERLIN))).toBe('2026-03-29T01:00:00.000Z');
    expect(instantToZoned(new Date('2026-03-29T00:59:00Z'), BERLIN).time).toBe('01:59');
    expect(instantToZoned(new Date('2026-03-29T01:00:00Z'), BERLIN).time).toBe('03:00');
  });

  it('moves a wall time inside the spring-forward gap forward by the gap (02:30 → 03:30)', () => {
    const instant = zonedToInstant('2026-03-29', '02:30', BERLIN);
    expect(iso(instant)).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZoned(instant, BERLIN)).toMatchObject({ date: '2026-03-29', time: '03:30' });
    expect(iso(zonedToInstant('2026-03-29', '02:00', BERLIN))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('picks the earlier instant for a wall time that happens twice (2026-10-25 02:30)', () => {
    const instant = zonedToInstant('2026-10-25', '02:30', BERLIN);
    expect(iso(instant)).toBe('2026-10-25T00:30:00.000Z');
    // Both instants read 02:30; the later one is an hour after.
    expect(instantToZoned(instant, BERLIN).time).toBe('02:30');
    expect(instantToZoned(new Date('2026-10-25T01:30:00Z'), BERLIN).time).toBe('02:30');
    expect(iso(zonedToInstant('2026-10-25', '03:00', BERLIN))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('handles a southern-hemisphere and a western zone too', () => {
    // Sydney falls back on 2026-04-05 03:00 → 02:00; New York springs forward on 2026-03-08 02:00 → 03:00.
    expect(iso(zonedToInstant('2026-04-05', '02:30', 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z');
    expect(iso(zonedToInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(instantToZoned(new Date('2026-03-08T07:30:00Z'), 'America/New_York').time).toBe('03:30');
  });

  it('rejects malformed dates and times', () => {
    expect(() => zonedToInstant('2026-02-30', '10:00', JAKARTA)).toThrow(RangeError);
    expect(() => zonedToInstant('2026-02-01', '24:00', JAKARTA)).toThrow(RangeError);
    expect(() => zonedToInstant('2026-2-1', '10:00', JAKARTA)).toThrow(RangeError);
  });

  it('property: wall time → instant → wall time is the identity except inside a DST gap', () => {
    const localDate = fc
      .date({
        min: new Date('2000-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const localTime = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    // Half the cases sit on a 2026 change day of their own zone, in the small hours, so gaps and
    // overlaps are exercised rather than hoped for.
    const changeDays: [string, string][] = [
      [BERLIN, '2026-03-29'],
      [BERLIN, '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
      ['Australia/Sydney', '2026-04-05'],
      ['Australia/Sydney', '2026-10-04'],
    ];
    const smallHours = fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const wallTime = fc.oneof(
      fc.tuple(fc.constantFrom<string>(...ZONES), localDate, localTime),
      fc.tuple(fc.constantFrom(...changeDays), smallHours).map(([[tz, d], t]) => [tz, d, t] as const),
    );
    let gaps = 0;
    let overlaps = 0;
    fc.assert(
      fc.property(wallTime, ([tz, d, t]) => {
        const instant = zonedToInstant(d, t, tz);
        const back = instantToZoned(instant, tz);
        if (back.date === d && back.time === t) {
          // In an overlap we promised the earlier instant: an hour before must not show the same time.
          const earlier = instantToZoned(new Date(instant.getTime() - 3_600_000), tz);
          expect(earlier.date === d && earlier.time === t).toBe(false);
          const later = instantToZoned(new Date(instant.getTime() + 3_600_000), tz);
          if (later.date === d && later.time === t) overlaps++;
          return;
        }
        gaps++;
        // Otherwise it must be a real gap: no instant within 3 hours shows that wall time…
        for (
          let ms = instant.getTime() - 3 * 3_600_000;
          ms <= instant.getTime() + 3 * 3_600_000;
          ms += 60_000
        ) {
          const z = instantToZoned(new Date(ms), tz);
          expect(z.date === d && z.time === t).toBe(false);
        }
        // …and the result is the wall time pushed forward by the size of the jump.
        const jump =
          timeZoneOffsetMinutes(instant, tz) - timeZoneOffsetMinutes(instant.getTime() - 86_400_000, tz);
        expect(jump).toBeGreaterThan(0);
        expect(iso(zonedToInstant(back.date, back.time, tz))).toBe(iso(instant));
        const wall = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`) / 60_000;
        expect(wall(back.date, back.time) - wall(d, t)).toBe(jump);
      }),
      { numRuns: 500 },
    );
    expect(gaps).toBeGreaterThan(0);
    expect(overlaps).toBeGreaterThan(0);
  });

  it('property: instant → wall time → instant is the identity outside the repeated hour', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (tz, minute) => {
          const instant = new Date(minute * 60_000);
          const local = instantToZoned(instant, tz);
          const back = zonedToInstant(local.date, local.time, tz);
          // Only the second pass through a repeated hour maps back to the earlier instant.
          if (back.getTime() !== instant.getTime()) {
            expect(instant.getTime() - back.getTime()).toBeGreaterThan(0);
            expect(instantToZoned(back, tz)).toEqual(local);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('venue-local dates', () => {
  it('knows Jakarta is already in July at 2026-06-30T17:30Z', () => {
    expect(todayIn(JAKARTA, new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(todayIn(JAKARTA, new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
    expect(todayIn(JAKARTA, new Date('2026-06-30T17:30:00Z'))).toBe('2026-07-01');
  });

  it('changes the Berlin date at local midnight in summer and in winter', () => {
    expect(todayIn(BERLIN, new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(todayIn(BERLIN, new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(todayIn(BERLIN, new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(todayIn(BERLIN, new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('starts local days at local midnight, also on DST days', () => {
    expect(iso(startOfLocalDay('2026-07-01', JAKARTA))).toBe('2026-06-30T17:00:00.000Z');
    expect(iso(startOfLocalDay('2026-03-29', BERLIN))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfLocalDay('2026-03-30', BERLIN))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfLocalDay('2026-10-26', BERLIN))).toBe('2026-10-25T23:00:00.000Z');
    // The change days are 23 and 25 hours long.
    const hours = (from: string, to: string) =>
      (startOfLocalDay(to, BERLIN).getTime() - startOfLocalDay(from, BERLIN).getTime()) / 3_600_000;
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
  });

  it('does calendar arithmetic without DST drift', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-26', '2026-10-20')).toBe(-6);
    expect(weekdayOf('2026-07-03')).toBe(5);
    expect(weekdayOf('2026-07-05')).toBe(7);
  });

  it('property: addDays and daysBetween agree', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        fc.integer({ min: -5000, max: 5000 }),
        (d, n) => {
          const date = d.toISOString().slice(0, 10);
          expect(daysBetween(date, addDays(date, n))).toBe(n);
        },
      ),
    );
  });

  it('validates dates and zones', () => {
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('2026-02-29')).toBe(false);
    expect(isValidLocalDate('2026-13-01')).toBe(false);
    expect(isValidLocalDate('26-01-01')).toBe(false);
    expect(isValidTimeZone('Asia/Jakarta')).toBe(true);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('+07:00')).toBe(false);
  });
});

describe('date, time and zone schemas', () => {
  const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues[0]?.message;

  it('accepts real calendar dates only', () => {
    expect(localDateSchema.parse('2026-12-31')).toBe('2026-12-31');
    expect(localDateSchema.parse(' 2028-02-29 ')).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-12-32', '31-12-2026', '2026-1-1', '']) {
      expect(message(localDateSchema.safeParse(bad))).toBe('Use a date like 2026-12-31');
    }
  });

  it('accepts HH:MM from 00:00 to 23:59', () => {
    expect(localTimeSchema.parse('00:00')).toBe('00:00');
    expect(localTimeSchema.parse('23:59')).toBe('23:59');
    for (const bad of ['24:00', '7:30', '12:60', '12:00:00', '']) {
      expect(message(localTimeSchema.safeParse(bad))).toBe('Use a time like 19:30 (00:00 to 23:59)');
    }
  });

  it('accepts IANA zones', () => {
    expect(timeZoneSchema.parse('Asia/Makassar')).toBe('Asia/Makassar');
    expect(message(timeZoneSchema.safeParse('Asia/Atlantis'))).toBe(
      'Use an IANA time zone like Asia/Jakarta',
    );
  });
});

describe('reading the zone’s wall clock', () => {
  /** The offset as Intl's parts say it, computed here independently of time.ts. */
  function offsetFromParts(ms: number, timeZone: string): number {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
        .formatToParts(ms)
        .map((part) => [part.type, Number(part.value)]),
    );
    const wall = new Date(0);
    wall.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
    wall.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0);
    return (wall.getTime() - Math.floor(ms / 1000) * 1000) / 60_000;
  }

  it('agrees with Intl’s parts for any instant from 1900 to 2100, in every zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => timeZoneOffsetMinutes(ms, zone) === offsetFromParts(ms, zone),
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a year the short form cannot carry (before 1000) part by part', () => {
    const ms = Date.UTC(999, 5, 15, 12, 0, 0);
    expect(timeZoneOffsetMinutes(ms, BERLIN)).toBe(offsetFromParts(ms, BERLIN));
    expect(instantToZoned(new Date(ms), 'UTC').time).toBe('12:00');
  });
});
