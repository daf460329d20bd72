import type { BookingStatus, ResourceKind } from '@reserva/domain';
import { sql } from 'kysely';
import { type Executor, type NewBookingRow, periodOf } from './bookings.repository.js';

/** Which resource the new booking takes: a named one, or the best free fit of a kind. */
export type ResourcePick =
  | { resourceId: string }
  | { venueId: string; kind: ResourceKind; minCapacity: number; area: string | null };

/** The item's price: fixed, or the resource's nightly price times each night's multiplier (rounded per night). */
export type ItemPrice = { fixedMinor: number } | { nightlyMultipliers: number[] };

export interface HistoryRow {
  actorUserId: string | null;
  actorLabel: string;
  from: BookingStatus | null;
  to: BookingStatus;
  note: string | null;
}

export interface AtomicBooking {
  id: string;
  code: string;
  row: Omit<NewBookingRow, 'code'>;
  history: HistoryRow[];
  item: { pick: ResourcePick; start: Date; end: Date; price: ItemPrice; totalIsItemPrice: boolean };
}

function pickQuery(pick: ResourcePick, period: string) {
  if ('resourceId' in pick) {
    return sql`SELECT r.id, r.label, r.price_minor FROM resources r WHERE r.id = ${pick.resourceId}`;
  }
  return sql`
    SELECT r.id, r.label, r.price_minor FROM resources r
    WHERE r.venue_id = ${pick.venueId} AND r.kind = ${pick.kind} AND r.status = 'available'
      AND r.capacity >= ${pick.minCapacity}
      ${pick.area === null ? sql`` : sql`AND r.area = ${pick.area}`}
      -- OFFSET 0 keeps this a probe of the exclusion index per table (resource and period). As
      -- an anti-join PostgreSQL would read every item of every venue overlapping the period.
      AND NOT EXISTS (
        SELECT 1 FROM booking_items i
        WHERE i.resource_id = r.id AND i.active AND i.period && ${period}::tstzrange
        OFFSET 0
      )
    ORDER BY r.capacity, r.sort_order, r.label
    LIMIT 1`;
}

const priceQuery = (price: ItemPrice) =>
  'fixedMinor' in price
    ? sql`${price.fixedMinor}::bigint`
    : sql`(SELECT sum(round(p.price_minor * m))::bigint FROM unnest(${price.nightlyMultipliers}::numeric[]) m)`;

/** Inserts the history entries, in order, for the row of the statement's `booking` CTE. */
const historyOfBooking = (history: readonly HistoryRow[]) => sql`
  INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
  SELECT booking.id, h.actor_user_id, h.actor_label, h.from_status, h.to_status, h.note
  FROM booking, unnest(
    ${history.map((h) => h.actorUserId)}::uuid[], ${history.map((h) => h.actorLabel)}::text[],
    ${history.map((h) => h.from)}::text[], ${history.map((h) => h.to)}::text[],
    ${history.map((h) => h.note)}::text[]
  ) WITH ORDINALITY AS h(actor_user_id, actor_label, from_status, to_status, note, position)
  ORDER BY h.position`;

/**
 * Books a resource in ONE statement — no transaction round trips on the hot path: the item goes in
 * only if its place is free (the exclusion constraint decides; `ON CONFLICT DO NOTHING` turns a lost
 * race into "no row"), and the booking and its history are inserted only when the item was. The
 * foreign key from item to booking is checked at the end of the statement, when both exist.
 * Returns the resource taken, or null when none was free.
 */
export async function insertBookingWithItem(db: Executor, booking: AtomicBooking) {
  const { row, item } = booking;
  const period = periodOf(item.start, item.end);
  const { rows } = await sql<{
    candidates: number;
    resource_id: string | null;
    label: string | null;
    price_minor: number | null;
  }>`
    WITH pick AS (${pickQuery(item.pick, period)}),
    item AS (
      INSERT INTO booking_items (booking_id, resource_id, period, price_minor)
      SELECT ${booking.id}, p.id, ${period}::tstzrange, ${priceQuery(item.price)} FROM pick p
      ON CONFLICT DO NOTHING
      RETURNING resource_id, price_minor
    ),
    booking AS (
      INSERT INTO bookings (
        id, code, venue_id, event_id, user_id, status, party_size, starts_at, ends_at,
        contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
        requested_area, requested_type, notes
      )
      SELECT ${booking.id}, ${booking.code}, ${row.venueId}, ${row.eventId ?? null}, ${row.userId}, ${row.status},
        ${row.partySize}, ${row.start}, ${row.end}, ${row.contact.name}, ${row.contact.phone},
        ${row.contact.email ?? null}, ${item.totalIsItemPrice ? sql`item.price_minor` : sql`${row.totalMinor}::bigint`},
        ${row.depositMinor}, ${row.currency}, ${row.isPeak}, ${row.requestedArea ?? null},
        ${row.requestedType ?? null}, ${row.notes ?? null}
      FROM item
      RETURNING id
    ),
    history AS (${historyOfBooking(booking.history)})
    SELECT (SELECT count(*) FROM pick) AS candidates, item.resource_id, p.label, item.price_minor
    FROM (SELECT 1) AS one
    LEFT JOIN item ON true
    LEFT JOIN pick p ON p.id = item.resource_id
  `.execute(db);
  const result = rows[0]!;
  // No row with a candidate means a concurrent booking took it first: the caller may try again.
  return result.resource_id
    ? { taken: { resourceId: result.resource_id, label: result.label!, priceMinor: result.price_minor! } }
    : { taken: null, lostRace: result.candidates > 0 };
}

/** A booking without a resource yet (staff assign it later), with its history, in one statement. */
export async function insertBookingWithoutItem(db: Executor, booking: Omit<AtomicBooking, 'item'>) {
  const { row } = booking;
  await sql`
    WITH booking AS (
      INSERT INTO bookings (
        id, code, venue_id, event_id, user_id, status, party_size, starts_at, ends_at,
        contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
        requested_area, requested_type, notes
      ) VALUES (
        ${booking.id}, ${booking.code}, ${row.venueId}, ${row.eventId ?? null}, ${row.userId}, ${row.status},
        ${row.partySize}, ${row.start}, ${row.end}, ${row.contact.name}, ${row.contact.phone},
        ${row.contact.email ?? null}, ${row.totalMinor}, ${row.depositMinor}, ${row.currency}, ${row.isPeak},
        ${row.requestedArea ?? null}, ${row.requestedType ?? null}, ${row.notes ?? null}
      )
      RETURNING id
    )
    ${historyOfBooking(booking.history)}
  `.execute(db);
}
