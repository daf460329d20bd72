import { describe, expect, it } from 'vitest';
import { isRangeValid, rangeAroundToday, toInstantRange } from './local-range';

describe('local ranges', () => {
  it('counts both ends whole, in the venue zone', () => {
    expect(toInstantRange({ from: '2026-03-01', to: '2026-03-02' }, 'Asia/Jakarta')).toEqual({
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-03-02T17:00:00.000Z',
    });
  });

  it('leaves an empty or malformed end open', () => {
    expect(toInstantRange({ from: '', to: '2026-03-02' }, 'Asia/Jakarta')).toEqual({
      to: '2026-03-02T17:00:00.000Z',
    });
    expect(toInstantRange({ from: '2026-13-40', to: '' }, 'Asia/Jakarta')).toEqual({});
  });

  it('knows today by the venue clock and refuses an end before the start', () => {
    // 20:00 UTC is already the next day in Jakarta.
    const now = new Date('2026-03-01T20:00:00Z');
    expect(rangeAroundToday('Asia/Jakarta', 30, 7, now)).toEqual({ from: '2026-01-31', to: '2026-03-09' });
    expect(isRangeValid({ from: '2026-03-02', to: '2026-03-01' })).toBe(false);
    expect(isRangeValid({ from: '2026-03-02', to: '' })).toBe(true);
  });
});
