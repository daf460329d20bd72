import type { SeatClass } from '@reserva/db';
import type { BookingStatus, EventStatus, LayoutKind, ResourceStatus, VenueSettings } from '@reserva/domain';
import { type RawBuilder, sql } from 'kysely';
import { type Executor, periodOf } from './bookings.repository.js';
import { lapsedHold } from './holds.repository.js';

/**
 * Free seats of the event in the surrounding query (`events`): seats of its layout that are not
 * blocked and not in an active booking over its period, lapsed holds counting as free.
 */
export const freeSeatCount = (now: Date): RawBuilder<number> => sql<number>`(
  SELECT count(*)::int FROM resources seat
  WHERE seat.layout_id = events.layout_id AND seat.kind = 'seat' AND seat.status = 'available'
    AND NOT EXISTS (
      SELECT 1 FROM booking_items item JOIN bookings holder ON holder.id = item.booking_id
      WHERE item.resource_id = seat.id AND item.active
        AND item.period && tstzrange(events.starts_at, events.ends_at)
        AND NOT ${lapsedHold(now, 'holder')}
    )
)`;

export interface SeatMapSeatRow {
  id: string;
  label: string;
  row: number | null;
  col: number | null;
  seatClass: string | null;
  resourceStatus: ResourceStatus;
  /** The status of the booking holding the seat over the event's period, if any. */
  holder: BookingStatus | null;
  holderIsCaller: boolean;
  holderLapsed: boolean;
}

export interface SeatMapRow {
  eventId: string;
  eventStatus: EventStatus;
  eventPriceMinor: number;
  currency: string;
  settings: Partial<VenueSettings>;
  layoutId: string;
  layoutName: string;
  layoutKind: LayoutKind;
  rows: number;
  cols: number;
  frontLabel: string | null;
  seatClasses: SeatClass[];
  lastChangeId: number | null;
  seats: SeatMapSeatRow[];
}

/**
 * The whole seat map in one statement: the event and its layout, every seat of the layout with the
 * booking (if any) holding it over the event's period, and the last change id of the event's topic —
 * all from one snapshot, so a viewer that subscribes after that id misses nothing in between.
 */
export async function findSeatMap(
  db: Executor,
  { eventId, topic, tokenHash, now }: { eventId: string; topic: string; tokenHash: string | null; now: Date },
): Promise<SeatMapRow | undefined> {
  const { rows } = await sql<SeatMapRow>`
    -- The event's own active bookings, read once: events on one layout never overlap, so a seat
    -- taken during this event is taken by a booking of this event.
    WITH holding AS (
      SELECT DISTINCT ON (item.resource_id)
             item.resource_id,
             holder.status,
             holder.hold_token_hash = ${tokenHash}::text AS is_caller,
             ${lapsedHold(now, 'holder')} AS lapsed
      FROM bookings holder JOIN booking_items item ON item.booking_id = holder.id
      WHERE holder.event_id = ${eventId} AND item.active
      ORDER BY item.resource_id
    )
    SELECT
      events.id AS "eventId",
      events.status AS "eventStatus",
      events.price_minor AS "eventPriceMinor",
      venues.currency,
      venues.settings,
      layouts.id AS "layoutId",
      layouts.name AS "layoutName",
      layouts.kind AS "layoutKind",
      layouts.rows,
      layouts.cols,
      layouts.front_label AS "frontLabel",
      layouts.seat_classes AS "seatClasses",
      (SELECT max(change_feed.id) FROM change_feed WHERE change_feed.topic = ${topic}) AS "lastChangeId",
      coalesce((
        SELECT json_agg(json_build_object(
          'id', seat.id,
          'label', seat.label,
          'row', seat.pos_row,
          'col', seat.pos_col,
          'seatClass', seat.area,
          'resourceStatus', seat.status,
          'holder', holding.status,
          'holderIsCaller', coalesce(holding.is_caller, false),
          'holderLapsed', coalesce(holding.lapsed, false)
        ) ORDER BY seat.pos_row NULLS LAST, seat.pos_col NULLS LAST, seat.sort_order, seat.label)
        FROM resources seat
        LEFT JOIN holding ON holding.resource_id = seat.id
        WHERE seat.layout_id = events.layout_id AND seat.kind = 'seat'
      ), '[]'::json) AS seats
    FROM events
    JOIN venues ON venues.id = events.venue_id
    JOIN layouts ON layouts.id = events.layout_id
    WHERE events.id = ${eventId}
  `.execute(db);
  return rows[0];
}

/**
 * Which of `seatIds` are in an active booking over the period right now, and whether that booking
 * is a lapsed hold (free to take once expired) or really holds the seat.
 */
export const findSeatOccupancy = (
  db: Executor,
  { seatIds, start, end, now }: { seatIds: readonly string[]; start: Date; end: Date; now: Date },
) =>
  db
    .selectFrom('booking_items')
    .innerJoin('bookings', 'bookings.id', 'booking_items.booking_id')
    .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
    .select(['resources.label', lapsedHold(now).as('lapsed')])
    .where('booking_items.resource_id', 'in', seatIds)
    .where('booking_items.active', '=', true)
    .where(sql<boolean>`booking_items.period && ${periodOf(start, end)}::tstzrange`)
    .orderBy('resources.pos_row')
    .orderBy('resources.pos_col')
    .orderBy('resources.label')
    .execute();
