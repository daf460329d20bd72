import { describe, expect, it } from 'vitest';
import { addDays, jakartaDateOf, jakartaInstant } from './local-time.js';

describe('Jakarta local time', () => {
  it('reads the Jakarta date, which runs 7 hours ahead of UTC', () => {
    expect(jakartaDateOf(new Date('2030-03-04T16:59:00Z'))).toEqual({ year: 2030, month: 3, day: 4 });
    expect(jakartaDateOf(new Date('2030-03-04T17:00:00Z'))).toEqual({ year: 2030, month: 3, day: 5 });
  });

  it('turns a local date and time into the right instant', () => {
    const date = { year: 2030, month: 3, day: 4 };
    expect(jakartaInstant(date, '18:30').toISOString()).toBe('2030-03-04T11:30:00.000Z');
    expect(jakartaInstant(date, '05:00').toISOString()).toBe('2030-03-03T22:00:00.000Z');
    expect(() => jakartaInstant(date, '7pm')).toThrow(/18:30/);
  });

  it('rolls days over month and year ends', () => {
    expect(addDays({ year: 2030, month: 2, day: 27 }, 2)).toEqual({ year: 2030, month: 3, day: 1 });
    expect(addDays({ year: 2029, month: 12, day: 31 }, 1)).toEqual({ year: 2030, month: 1, day: 1 });
  });
});
