import { describe, expect, it } from 'vitest';
import {
  formatLocalDate,
  formatVenueDate,
  formatVenueDateTime,
  formatVenueRange,
  formatVenueTime,
} from './venue-time';

// 12:00 UTC is 19:00 in Jakarta and 13:00 in Berlin (winter): the venue's zone decides, not the browser's.
const NOON_UTC = '2026-11-28T12:00:00.000Z';

describe('venue time formatting (Indonesian by default)', () => {
  it('shows the venue wall clock with a colon, in the venue zone', () => {
    expect(formatVenueDateTime(NOON_UTC, 'Asia/Jakarta')).toBe('Sab, 28 Nov 2026 19:00');
    expect(formatVenueDateTime(NOON_UTC, 'Europe/Berlin')).toBe('Sab, 28 Nov 2026 13:00');
    expect(formatVenueDate('2026-11-28T18:30:00Z', 'Asia/Jakarta')).toBe('Min, 29 Nov 2026');
    expect(formatVenueTime(new Date(NOON_UTC), 'Asia/Jakarta')).toBe('19:00');
  });

  it('writes a same-day range once and a range past midnight in full', () => {
    expect(formatVenueRange(NOON_UTC, '2026-11-28T13:30:00Z', 'Asia/Jakarta')).toBe(
      'Sab, 28 Nov 2026 19:00–20:30',
    );
    expect(formatVenueRange(NOON_UTC, '2026-11-28T18:00:00Z', 'Asia/Jakarta')).toBe(
      'Sab, 28 Nov 2026 19:00 – Min, 29 Nov 2026 01:00',
    );
  });

  it('formats calendar dates without shifting them, and tolerates bad input', () => {
    expect(formatLocalDate('2026-12-31')).toBe('Kam, 31 Des 2026');
    expect(formatVenueDateTime('not a date', 'Asia/Jakarta')).toBe('');
  });
});
