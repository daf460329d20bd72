import type { BookingStatus } from '@reserva/domain';
import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';
import { type VenueScope, withinVenues } from './venue-scope.js';

export interface StatsRange {
  venueId?: string | undefined;
  venueIds?: VenueScope;
  from: Date;
  to: Date;
}

const ofVenue = (column: string, range: StatsRange) =>
  sql`${range.venueId ? sql`AND ${sql.ref(column)} = ${range.venueId}` : sql``} AND ${withinVenues(column, range.venueIds)}`;

export const venueTimeZone = (db: Executor, venueId: string) =>
  db.selectFrom('venues').select('time_zone as timeZone').where('id', '=', venueId).executeTakeFirst();

/**
 * Bookings starting in `[from, to)` counted per venue-local day and status, with the revenue of the
 * paid ones; every day of the range is present (days without bookings have a null status).
 */
export async function dailyStatusCounts(db: Executor, range: StatsRange & { timeZone: string }) {
  const { from, to, timeZone } = range;
  const { rows } = await sql<{
    date: string;
    status: BookingStatus | null;
    count: number;
    revenueMinor: number;
  }>`
    WITH span AS (
      SELECT (${from}::timestamptz AT TIME ZONE ${timeZone})::date AS first,
             ((${to}::timestamptz - interval '1 microsecond') AT TIME ZONE ${timeZone})::date AS last
    ),
    days AS (
      SELECT span.first + i AS day FROM span, generate_series(0, span.last - span.first) AS i
    ),
    counted AS (
      SELECT (starts_at AT TIME ZONE ${timeZone})::date AS day,
             status,
             count(*) AS count,
             coalesce(sum(total_minor) FILTER (WHERE payment_status = 'PAID'), 0) AS revenue
      FROM bookings
      WHERE starts_at >= ${from} AND starts_at < ${to} ${ofVenue('venue_id', range)}
      GROUP BY 1, 2
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS date,
           counted.status,
           coalesce(counted.count, 0)::int AS count,
           coalesce(counted.revenue, 0) AS "revenueMinor"
    FROM days LEFT JOIN counted USING (day)
    ORDER BY days.day, counted.status
  `.execute(db);
  return rows;
}

/**
 * How many resources there are, and for how many seconds of `[from, to)` they were taken by items
 * of active or completed bookings (each item clipped to the range).
 */
export async function occupiedTime(db: Executor, range: StatsRange) {
  const { from, to } = range;
  const { rows } = await sql<{ resources: number; bookedSeconds: number }>`
    SELECT
      (SELECT count(*) FROM resources WHERE true ${ofVenue('venue_id', range)})::int AS resources,
      (SELECT coalesce(sum(extract(epoch FROM upper(clipped) - lower(clipped))), 0)
       FROM (
         SELECT bi.period * tstzrange(${from}::timestamptz, ${to}::timestamptz) AS clipped
         FROM booking_items bi JOIN bookings b ON b.id = bi.booking_id
         WHERE bi.period && tstzrange(${from}::timestamptz, ${to}::timestamptz)
           AND (bi.active OR b.status = 'COMPLETED') ${ofVenue('b.venue_id', range)}
       ) AS items)::float8 AS "bookedSeconds"
  `.execute(db);
  return rows[0] ?? { resources: 0, bookedSeconds: 0 };
}

/**
 * Money of bookings starting in `[from, to)`, per venue-local day and venue: gross received, what
 * is refunded or owed back (refunds done, waiting or failed), and what cancelled and no-show
 * bookings kept.
 */
export async function dailyMoney(db: Executor, range: StatsRange & { timeZone: string }) {
  const { from, to, timeZone } = range;
  const { rows } = await sql<{
    date: string;
    venueId: string;
    venueName: string;
    grossMinor: number;
    refundedMinor: number;
    feesKeptMinor: number;
  }>`
    SELECT to_char((b.starts_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS date,
           v.id AS "venueId", v.name AS "venueName",
           sum(p.amount_minor)::bigint AS "grossMinor",
           sum(coalesce(r.promised, 0))::bigint AS "refundedMinor",
           sum(CASE WHEN b.status IN ('CANCELLED', 'NO_SHOW')
                    THEN p.amount_minor - coalesce(r.promised, 0) ELSE 0 END)::bigint AS "feesKeptMinor"
    FROM payments p
    JOIN bookings b ON b.id = p.booking_id
    JOIN venues v ON v.id = b.venue_id
    LEFT JOIN LATERAL (SELECT sum(amount_minor) AS promised FROM refunds WHERE refunds.payment_id = p.id) r ON true
    WHERE p.status IN ('SUCCEEDED', 'REFUND_PENDING', 'REFUNDED', 'PARTIALLY_REFUNDED', 'REFUND_FAILED')
      AND b.starts_at >= ${from} AND b.starts_at < ${to} ${ofVenue('b.venue_id', range)}
    GROUP BY 1, 2, 3
    ORDER BY 1, 3
  `.execute(db);
  return rows.map((row) => ({
    ...row,
    grossMinor: Number(row.grossMinor),
    refundedMinor: Number(row.refundedMinor),
    feesKeptMinor: Number(row.feesKeptMinor),
  }));
}
