import { describe, expect, it } from 'vitest';
import { splitBookings } from './split-bookings';

describe('splitBookings', () => {
  it('puts future starts soonest first and past starts latest first', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const list = [
      { code: 'a', start: '2026-05-01T12:00:00Z' },
      { code: 'b', start: '2026-07-01T12:00:00Z' },
      { code: 'c', start: '2026-06-02T12:00:00Z' },
      { code: 'd', start: '2026-05-30T12:00:00Z' },
      { code: 'e', start: '2026-06-01T12:00:00Z' },
    ];
    const { upcoming, past } = splitBookings(list, now);
    expect(upcoming.map((b) => b.code)).toEqual(['e', 'c', 'b']);
    expect(past.map((b) => b.code)).toEqual(['d', 'a']);
  });
});
