import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-date-time';

describe('venue-clock datetime inputs', () => {
  it('shows an instant on the venue clock, whatever the browser zone', () => {
    expect(toLocalInput('2026-12-01T12:00:00.000Z', 'Asia/Jakarta')).toBe('2026-12-01T19:00');
    expect(toLocalInput('2026-12-01T12:00:00.000Z', 'Asia/Makassar')).toBe('2026-12-01T20:00');
    expect(toLocalInput('nonsense', 'Asia/Jakarta')).toBe('');
  });

  it('reads the input back as the instant the API takes', () => {
    expect(fromLocalInput('2026-12-01T19:00', 'Asia/Jakarta')).toBe('2026-12-01T12:00:00.000Z');
    expect(fromLocalInput('2026-12-01T19:00:30', 'Asia/Jakarta')).toBe('2026-12-01T12:00:00.000Z');
    expect(fromLocalInput('', 'Asia/Jakarta')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00', 'Asia/Jakarta')).toBeNull();
  });
});
