import type { Db } from '@reserva/db';
import {
  addDays,
  BOOKING_STATUSES,
  type BookingStatus,
  DomainError,
  startOfLocalDay,
  todayIn,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import {
  dailyMoney,
  dailyStatusCounts,
  occupiedTime,
  venueTimeZone,
} from '../repositories/stats.repository.js';

/** The zone days are counted in when stats span every venue. */
export const DEFAULT_STATS_TIME_ZONE = 'Asia/Jakarta';

export interface StatsInput {
  venueId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
}

const MAX_RANGE_DAYS = 400;

type StatusCounts = Record<BookingStatus, number>;

const zeroCounts = (): StatusCounts =>
  Object.fromEntries(BOOKING_STATUSES.map((status) => [status, 0])) as StatusCounts;

/** Gross received, refunded (done, waiting or failed), kept by cancellations and no-shows, and net. */
interface Money {
  grossMinor: number;
  refundedMinor: number;
  feesKeptMinor: number;
  netMinor: number;
}

const zeroMoney = (): Money => ({ grossMinor: 0, refundedMinor: 0, feesKeptMinor: 0, netMinor: 0 });

function addMoney(into: Money, row: Omit<Money, 'netMinor'>) {
  into.grossMinor += row.grossMinor;
  into.refundedMinor += row.refundedMinor;
  into.feesKeptMinor += row.feesKeptMinor;
  into.netMinor += row.grossMinor - row.refundedMinor;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Counts by status, paid revenue, occupancy and no-show rate for bookings starting in `[from, to)`
 * (by default the last 30 venue-local days through 7 days ahead), with a per-day series.
 */
export async function bookingStats({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, 'venueIds'>;
  input: StatsInput;
  now?: Date;
}) {
  let timeZone = DEFAULT_STATS_TIME_ZONE;
  if (input.venueId) {
    const venue = await venueTimeZone(db, input.venueId);
    if (!venue) throw new DomainError('NotFound', 'No venue with this id', 'venueId');
    timeZone = venue.timeZone;
  }
  const today = todayIn(timeZone, now);
  const from = input.from ?? startOfLocalDay(addDays(today, -30), timeZone);
  const to = input.to ?? startOfLocalDay(addDays(today, 8), timeZone);
  if (to <= from) throw new DomainError('Validation', 'The end of the range must be after its start', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw new DomainError('Validation', `Ask for at most ${MAX_RANGE_DAYS} days at a time`, 'to');
  }

  const range = { venueId: input.venueId, venueIds: actor.venueIds, from, to };
  const [rows, occupied, money] = await Promise.all([
    dailyStatusCounts(db, { ...range, timeZone }),
    occupiedTime(db, range),
    dailyMoney(db, { ...range, timeZone }),
  ]);

  const byStatus = zeroCounts();
  const days = new Map<
    string,
    { date: string; byStatus: StatusCounts; total: number; revenueMinor: number } & Money
  >();
  for (const row of rows) {
    let day = days.get(row.date);
    if (!day) {
      day = { date: row.date, byStatus: zeroCounts(), total: 0, revenueMinor: 0, ...zeroMoney() };
      days.set(row.date, day);
    }
    if (!row.status) continue;
    day.byStatus[row.status] += row.count;
    day.total += row.count;
    day.revenueMinor += row.revenueMinor;
    byStatus[row.status] += row.count;
  }
  const totals = zeroMoney();
  const venues = new Map<string, { venueId: string; venueName: string } & Money>();
  for (const row of money) {
    let venue = venues.get(row.venueId);
    if (!venue) {
      venue = { venueId: row.venueId, venueName: row.venueName, ...zeroMoney() };
      venues.set(row.venueId, venue);
    }
    for (const into of [days.get(row.date), venue, totals]) if (into) addMoney(into, row);
  }
  const daily = [...days.values()];
  // Of the bookings whose guests were due, how many never came.
  const due = byStatus.NO_SHOW + byStatus.CHECKED_IN + byStatus.COMPLETED;
  const capacitySeconds = occupied.resources * ((to.getTime() - from.getTime()) / 1000);

  return {
    from,
    to,
    timeZone,
    byStatus,
    total: daily.reduce((sum, day) => sum + day.total, 0),
    revenueMinor: daily.reduce((sum, day) => sum + day.revenueMinor, 0),
    ...totals,
    byVenue: [...venues.values()],
    occupancyPct:
      capacitySeconds > 0 ? round(Math.min(100, (100 * occupied.bookedSeconds) / capacitySeconds), 2) : 0,
    noShowRate: due > 0 ? round(byStatus.NO_SHOW / due, 4) : 0,
    daily,
  };
}
