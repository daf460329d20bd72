import { useTestDatabase } from '@reserva/db/testing';
import type { BookingStatus, PaymentStatus } from '@reserva/domain';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { insertBooking, minutesLater, signedIn } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

let warung: string;
let berlin: string;
let tables: Record<string, string>;
let staff: Awaited<ReturnType<typeof signedIn>>['api'];

/** Three Jakarta days: 1–3 March 2026. */
const RANGE = { from: '2026-03-01T00:00:00+07:00', to: '2026-03-04T00:00:00+07:00' };

const book = (
  venueId: string,
  status: BookingStatus,
  start: string,
  options: { resourceId?: string; hours?: number; paymentStatus?: PaymentStatus; totalMinor?: number } = {},
) => {
  const at = new Date(start);
  return insertBooking(database, {
    venueId,
    status,
    start: at,
    end: minutesLater(at, (options.hours ?? 2) * 60),
    resourceIds: options.resourceId ? [options.resourceId] : [],
    paymentStatus: options.paymentStatus ?? 'UNPAID',
    totalMinor: options.totalMinor ?? 0,
  });
};

const counts = (partial: Partial<Record<BookingStatus, number>>) => ({
  HELD: 0,
  PENDING: 0,
  CONFIRMED: 0,
  CHECKED_IN: 0,
  COMPLETED: 0,
  CANCELLED: 0,
  EXPIRED: 0,
  RELEASED: 0,
  NO_SHOW: 0,
  ...partial,
});

beforeEach(async () => {
  staff = (await signedIn(database, testApi, 'staff')).api;
  warung = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
  tables = await insertResources(database, warung, 'table', [{ label: 'T1' }, { label: 'T2' }]);
  const { T1, T2 } = tables as { T1: string; T2: string };
  await book(warung, 'COMPLETED', '2026-03-01T12:00:00+07:00', {
    resourceId: T1,
    paymentStatus: 'PAID',
    totalMinor: 100_000,
  });
  await book(warung, 'NO_SHOW', '2026-03-01T19:00:00+07:00', { resourceId: T2, totalMinor: 50_000 });
  // 23:30 in Jakarta: still 2 March there.
  await book(warung, 'CHECKED_IN', '2026-03-02T23:30:00+07:00', {
    resourceId: T2,
    paymentStatus: 'PAID',
    totalMinor: 70_000,
  });
  // 00:30 on 3 March in Jakarta is 17:30 on 2 March in UTC: it belongs to 3 March.
  await book(warung, 'CONFIRMED', '2026-03-03T00:30:00+07:00', { resourceId: T1, totalMinor: 30_000 });
  await book(warung, 'CANCELLED', '2026-03-03T12:00:00+07:00', {
    resourceId: T1,
    paymentStatus: 'REFUNDED',
    totalMinor: 40_000,
  });
  // Starts before the range (not counted) but holds T2 for its first hour (occupancy, clipped).
  await book(warung, 'CONFIRMED', '2026-02-28T23:00:00+07:00', { resourceId: T2 });
  // Starts exactly at the end of the range: outside.
  await book(warung, 'PENDING', '2026-03-04T00:00:00+07:00');

  berlin = (await insertVenue(database, { kind: 'restaurant', slug: 'berlin', timeZone: 'Europe/Berlin' }))
    .id;
  const { X1 } = await insertResources(database, berlin, 'table', [{ label: 'X1' }]);
  // 00:30 on 2 March in Berlin (23:30 UTC on 1 March, 06:30 on 2 March in Jakarta).
  await book(berlin, 'COMPLETED', '2026-03-02T00:30:00+01:00', {
    resourceId: X1,
    paymentStatus: 'PAID',
    totalMinor: 500_000,
  });
});

describe('staff.stats', () => {
  it('counts, paid revenue, occupancy, no-show rate and venue-local days for one venue', async () => {
    const stats = await staff.staff.stats({ venueId: warung, ...RANGE });
    expect(stats).toMatchObject({
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-03-03T17:00:00.000Z',
      timeZone: 'Asia/Jakarta',
      byStatus: counts({ COMPLETED: 1, NO_SHOW: 1, CHECKED_IN: 1, CONFIRMED: 1, CANCELLED: 1 }),
      total: 5,
      revenueMinor: 170_000,
      // 2 h + 2 h + 2 h + 1 h (clipped) of 2 tables × 72 h; the no-show and the cancellation do not count.
      occupancyPct: 4.86,
      noShowRate: 0.3333,
    });
    // No payment rows here (the bookings were written PAID by hand): the money fields stay 0.
    const noMoney = { grossMinor: 0, refundedMinor: 0, feesKeptMinor: 0, netMinor: 0 };
    expect(stats.daily).toEqual([
      {
        date: '2026-03-01',
        byStatus: counts({ COMPLETED: 1, NO_SHOW: 1 }),
        total: 2,
        revenueMinor: 100_000,
        ...noMoney,
      },
      { date: '2026-03-02', byStatus: counts({ CHECKED_IN: 1 }), total: 1, revenueMinor: 70_000, ...noMoney },
      {
        date: '2026-03-03',
        byStatus: counts({ CONFIRMED: 1, CANCELLED: 1 }),
        total: 2,
        revenueMinor: 0,
        ...noMoney,
      },
    ]);
  });

  it('across venues: everything, with days counted in Jakarta', async () => {
    const stats = await staff.staff.stats(RANGE);
    expect(stats).toMatchObject({
      timeZone: 'Asia/Jakarta',
      total: 6,
      revenueMinor: 670_000,
      occupancyPct: 4.17,
    });
    expect(stats.daily.map((day) => [day.date, day.total])).toEqual([
      ['2026-03-01', 2],
      ['2026-03-02', 2],
      ['2026-03-03', 2],
    ]);
  });

  it("a venue's days are its own: Berlin's 00:30 is that day, not the UTC day before", async () => {
    const stats = await staff.staff.stats({
      venueId: berlin,
      from: '2026-03-01T00:00:00+01:00',
      to: '2026-03-03T00:00:00+01:00',
    });
    expect(stats.timeZone).toBe('Europe/Berlin');
    expect(stats.daily.map((day) => [day.date, day.total])).toEqual([
      ['2026-03-01', 0],
      ['2026-03-02', 1],
    ]);
    // 2 h of one table over 48 h.
    expect(stats.occupancyPct).toBe(4.17);
    expect(stats.noShowRate).toBe(0);
  });

  it('days across a DST change are whole local days', async () => {
    const stats = await staff.staff.stats({
      venueId: berlin,
      from: '2026-03-28T00:00:00+01:00',
      to: '2026-03-31T00:00:00+02:00',
    });
    expect(stats.daily.map((day) => day.date)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it('by default: the last 30 venue-local days through 7 days ahead, one entry per day', async () => {
    const venue = (await insertVenue(database, { kind: 'restaurant', slug: 'hari-ini' })).id;
    const at = (days: number) => localAt('Asia/Jakarta', days, '12:00').toISOString();
    await book(venue, 'CONFIRMED', at(0), { paymentStatus: 'PAID', totalMinor: 25_000 });
    await book(venue, 'COMPLETED', at(-30));
    await book(venue, 'CONFIRMED', at(-31));
    await book(venue, 'CONFIRMED', at(8));
    const stats = await staff.staff.stats({ venueId: venue });
    expect(new Date(stats.from)).toEqual(localAt('Asia/Jakarta', -30, '00:00'));
    expect(new Date(stats.to)).toEqual(localAt('Asia/Jakarta', 8, '00:00'));
    expect(stats.daily).toHaveLength(38);
    expect(stats).toMatchObject({
      total: 2,
      revenueMinor: 25_000,
      byStatus: counts({ CONFIRMED: 1, COMPLETED: 1 }),
    });
    expect(stats.daily[0]).toMatchObject({ total: 1, byStatus: counts({ COMPLETED: 1 }) });
    expect(stats.daily[30]).toMatchObject({ total: 1, revenueMinor: 25_000 });
  });

  it('no resources means 0 % occupancy; no bookings means a 0 no-show rate', async () => {
    const empty = (await insertVenue(database, { kind: 'coworking', slug: 'kosong' })).id;
    const stats = await staff.staff.stats({ venueId: empty, ...RANGE });
    expect(stats).toMatchObject({
      total: 0,
      revenueMinor: 0,
      occupancyPct: 0,
      noShowRate: 0,
      byStatus: counts({}),
    });
    expect(stats.daily).toHaveLength(3);
  });

  it('an unknown venue is NOT_FOUND, a backwards or too long range BAD_REQUEST naming the field', async () => {
    const unknown = await rejectionOf(staff.staff.stats({ venueId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.field).toBe('venueId');
    const backwards = await rejectionOf(staff.staff.stats({ from: RANGE.to, to: RANGE.from }));
    expect(backwards.code).toBe('BAD_REQUEST');
    expect(backwards.field).toBe('to');
    const tooLong = await rejectionOf(
      staff.staff.stats({ from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
    );
    expect(tooLong.field).toBe('to');
    expect((await rejectionOf(staff.staff.stats({ from: 'yesterday' }))).field).toBe('from');
  });
});
