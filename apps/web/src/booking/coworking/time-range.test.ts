import { DEFAULT_VENUE_SETTINGS } from '@reserva/domain';
import { describe, expect, it } from 'vitest';
import { defaultRange, endFor, endOptions, initialRange, startOptions } from './time-range';

// Ruang Kerja Dago's rules: 08:00–20:00, 30-minute steps, 1 to 12 hours, 2 hours by default.
const venue = {
  timeZone: 'Asia/Jakarta',
  settings: {
    ...DEFAULT_VENUE_SETTINGS,
    openingHours: { open: '08:00', close: '20:00' },
    slotStepMinutes: 30,
    minDurationMinutes: 60,
    maxDurationMinutes: 720,
    defaultDurationMinutes: 120,
  },
};
// 09:10 in Jakarta on 2 March 2026.
const now = new Date('2026-03-02T02:10:00Z');

describe('coworking time range', () => {
  it('offers starts on the venue clock, none in the past, leaving an hour before closing', () => {
    const today = startOptions(venue, '2026-03-02', now).map((o) => o.time);
    expect(today[0]).toBe('09:30');
    expect(today.at(-1)).toBe('19:00');
    expect(startOptions(venue, '2026-03-03', now)[0]).toMatchObject({
      time: '08:00',
      value: '2026-03-03T01:00:00.000Z',
    });
  });

  it('offers ends from the shortest stay up to closing', () => {
    const ends = endOptions(venue, '2026-03-03', '2026-03-03T11:00:00.000Z');
    expect(ends.map((o) => o.time)).toEqual(['19:00', '19:30', '20:00']);
    expect(ends.map((o) => o.minutes)).toEqual([60, 90, 120]);
  });

  it('keeps the wanted length when it fits, else the longest that does', () => {
    expect(endFor(venue, '2026-03-03', '2026-03-03T01:00:00.000Z', 120)).toBe('2026-03-03T03:00:00.000Z');
    expect(endFor(venue, '2026-03-03', '2026-03-03T12:00:00.000Z', 120)).toBe('2026-03-03T13:00:00.000Z');
  });

  it('starts tomorrow once today is over', () => {
    const late = new Date('2026-03-02T12:30:00Z');
    expect(defaultRange(venue, '2026-03-02', late)).toBeNull();
    expect(initialRange(venue, '2026-03-02', late)).toEqual({
      date: '2026-03-03',
      start: '2026-03-03T01:00:00.000Z',
      end: '2026-03-03T03:00:00.000Z',
    });
  });
});
