import { describe, expect, it } from 'vitest';
import { amountOwed, cancellationFee, includedTax, quoteRefund } from './money-policy.js';
import { zonedToInstant } from './time.js';
import { DEFAULT_VENUE_SETTINGS } from './venue.js';

const policy = {
  cancelFreeHours: 24,
  cancelFee: { kind: 'percent' as const, percent: 20 },
  noShowFee: { kind: 'keepAll' as const },
};
const start = new Date('2026-06-10T12:00:00Z');
const hoursBefore = (hours: number, ms = 0) => new Date(start.getTime() - hours * 3_600_000 + ms);

describe('quoteRefund', () => {
  it('is free up to and including the boundary instant, and charges the fee one millisecond later', () => {
    expect(
      quoteRefund({ policy, startsAt: start, now: hoursBefore(48), paidMinor: 100_000, cause: 'customer' }),
    ).toMatchObject({ refundMinor: 100_000, feeMinor: 0, reason: 'FREE_CANCELLATION' });
    expect(
      quoteRefund({ policy, startsAt: start, now: hoursBefore(24), paidMinor: 100_000, cause: 'customer' }),
    ).toEqual({
      refundMinor: 100_000,
      feeMinor: 0,
      reason: 'FREE_CANCELLATION',
      freeUntil: hoursBefore(24),
    });
    expect(
      quoteRefund({
        policy,
        startsAt: start,
        now: hoursBefore(24, 1),
        paidMinor: 100_000,
        cause: 'customer',
      }),
    ).toMatchObject({ refundMinor: 80_000, feeMinor: 20_000, reason: 'LATE_CANCELLATION_FEE' });
  });

  it('a fixed fee never exceeds what was paid, and a percentage rounds to whole units', () => {
    const fixed = { ...policy, cancelFee: { kind: 'fixed' as const, amountMinor: 150_000 } };
    expect(
      quoteRefund({
        policy: fixed,
        startsAt: start,
        now: hoursBefore(1),
        paidMinor: 100_000,
        cause: 'customer',
      }),
    ).toMatchObject({ refundMinor: 0, feeMinor: 100_000 });
    expect(cancellationFee({ kind: 'percent', percent: 33 }, 1_001)).toBe(330);
    expect(cancellationFee({ kind: 'percent', percent: 150 }, 1_000)).toBe(1_000);
  });

  it('takes an earlier manual refund into account: the fee is on what was paid, the refund on what remains', () => {
    expect(
      quoteRefund({
        policy,
        startsAt: start,
        now: hoursBefore(2),
        paidMinor: 100_000,
        refundedMinor: 90_000,
        cause: 'customer',
      }),
    ).toMatchObject({ refundMinor: 0, feeMinor: 10_000 });
    expect(
      quoteRefund({
        policy,
        startsAt: start,
        now: hoursBefore(30),
        paidMinor: 100_000,
        refundedMinor: 25_000,
        cause: 'customer',
      }),
    ).toMatchObject({ refundMinor: 75_000, feeMinor: 0 });
  });

  it('a no-show keeps the deposit or a set fee; a venue cancellation returns everything', () => {
    expect(
      quoteRefund({ policy, startsAt: start, now: hoursBefore(-1), paidMinor: 50_000, cause: 'no_show' }),
    ).toMatchObject({ refundMinor: 0, feeMinor: 50_000, reason: 'NO_SHOW' });
    const setFee = { ...policy, noShowFee: { kind: 'fixed' as const, amountMinor: 20_000 } };
    expect(
      quoteRefund({
        policy: setFee,
        startsAt: start,
        now: hoursBefore(-1),
        paidMinor: 50_000,
        cause: 'no_show',
      }),
    ).toMatchObject({ refundMinor: 30_000, feeMinor: 20_000, reason: 'NO_SHOW' });
    expect(
      quoteRefund({ policy, startsAt: start, now: hoursBefore(1), paidMinor: 50_000, cause: 'venue' }),
    ).toMatchObject({ refundMinor: 50_000, feeMinor: 0, reason: 'VENUE_CANCELLED' });
    expect(
      quoteRefund({ policy, startsAt: start, now: hoursBefore(1), paidMinor: 0, cause: 'venue' }),
    ).toMatchObject({ refundMinor: 0, feeMinor: 0, reason: 'NOT_PAID' });
  });

  it('counts the window in elapsed hours across a daylight-saving change (Europe/Berlin, spring forward)', () => {
    // 29 March 2026: clocks go 02:00 → 03:00 in Berlin. A start at 12:00 on the 29th, free until
    // 24 h before, is free until 11:00 wall-clock on the 28th — 24 real hours, not the same wall time.
    const startsAt = zonedToInstant('2026-03-29', '12:00', 'Europe/Berlin');
    const boundary = zonedToInstant('2026-03-28', '11:00', 'Europe/Berlin');
    const quote = quoteRefund({ policy, startsAt, now: boundary, paidMinor: 10_000, cause: 'customer' });
    expect(quote).toMatchObject({ reason: 'FREE_CANCELLATION', refundMinor: 10_000 });
    expect(quote.freeUntil).toEqual(boundary);
    const sameWallTime = zonedToInstant('2026-03-28', '12:00', 'Europe/Berlin');
    expect(
      quoteRefund({ policy, startsAt, now: sameWallTime, paidMinor: 10_000, cause: 'customer' }),
    ).toMatchObject({ reason: 'LATE_CANCELLATION_FEE', refundMinor: 8_000, feeMinor: 2_000 });
  });
});

describe('amountOwed', () => {
  const settings = DEFAULT_VENUE_SETTINGS;
  it('restaurants owe the deposit, desks and seats their total, hotels the stay or its first night', () => {
    expect(amountOwed({ kind: 'restaurant', totalMinor: 90_000, depositMinor: 90_000, settings })).toBe(
      90_000,
    );
    expect(amountOwed({ kind: 'coworking', totalMinor: 75_000, depositMinor: 0, settings })).toBe(75_000);
    expect(amountOwed({ kind: 'cinema', totalMinor: 100_000, depositMinor: 0, settings })).toBe(100_000);
    const firstNight = {
      nightlyMinor: 500_000,
      // A Friday night in Jakarta costs the weekend rate.
      startsAt: zonedToInstant('2026-06-12', '14:00', 'Asia/Jakarta'),
      timeZone: 'Asia/Jakarta',
    };
    expect(amountOwed({ kind: 'hotel', totalMinor: 1_250_000, depositMinor: 0, settings, firstNight })).toBe(
      1_250_000,
    );
    const byNight = { ...settings, hotelCharge: 'firstNight' as const, weekendNightlyMultiplier: 1.5 };
    expect(
      amountOwed({ kind: 'hotel', totalMinor: 1_250_000, depositMinor: 0, settings: byNight, firstNight }),
    ).toBe(750_000);
  });
});

describe('includedTax', () => {
  it('is the tax inside a tax-inclusive amount, or nothing without a tax line', () => {
    expect(includedTax({ label: 'PB1', percent: 10 }, 110_000)).toEqual({
      label: 'PB1',
      percent: 10,
      amountMinor: 10_000,
    });
    expect(includedTax(null, 110_000)).toBeNull();
  });
});
