import type { BookingStatus, PaymentStatus, ResourceKind } from '@reserva/domain';
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

/** The venue's settings the booking was validated and priced under (`xmin` of its row when read). */
export interface VenueVersion {
  venueId: string;
  version: string;
}

export interface AtomicBooking {
  id: string;
  code: string;
  row: Omit<NewBookingRow, 'code'>;
  history: HistoryRow[];
  venue: VenueVersion;
  item: { pick: ResourcePick; start: Date; end: Date; price: ItemPrice; totalIsItemPrice: boolean };
}

/** What the database filled in on a new booking. */
export interface InsertedBooking {
  createdAt: Date;
  paymentStatus: PaymentStatus;
}

export interface TakenResource {
  resourceId: string;
  label: string;
  kind: ResourceKind;
  area: string | null;
  priceMinor: number;
}

export type ItemInsertOutcome =
  | { outcome: 'placed'; booking: InsertedBooking; resource: TakenResource }
  /** A free place was seen, but a concurrent booking took it first: worth trying again. */
  | { outcome: 'lost-race' }
  | { outcome: 'none-free' }
  /** The venue's row changed since it was read: its settings must be read again. */
  | { outcome: 'venue-changed' };

/** The row of the venue, only if it is still the version the booking was made under. */
const currentVenue = (venue: VenueVersion) =>
  sql`SELECT 1 FROM venues WHERE id = ${venue.venueId} AND xmin = ${venue.version}::xid`;

function pickQuery(pick: ResourcePick, period: string) {
  if ('resourceId' in pick) {
    return sql`SELECT r.id, r.label, r.kind, r.area, r.price_minor FROM resources r WHERE r.id = ${pick.resourceId}`;
  }
  return sql`
    SELECT r.id, r.label, r.kind, r.area, r.price_minor FROM resources r
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
 * race into "no row") and the venue is still as it was read, and the booking and its history are
 * inserted only when the item was. The foreign key from item to booking is checked at the end of
 * the statement, when both exist.
 */
export async function insertBookingWithItem(
  db: Executor,
  booking: AtomicBooking,
): Promise<ItemInsertOutcome> {
  const { row, item } = booking;
  const period = periodOf(item.start, item.end);
  const { rows } = await sql<{
    venue_current: boolean;
    candidates: number;
    resource_id: string | null;
    label: string | null;
    kind: ResourceKind | null;
    area: string | null;
    price_minor: number | null;
    created_at: Date | null;
    payment_status: PaymentStatus | null;
  }>`
    WITH venue AS (${currentVenue(booking.venue)}),
    pick AS (${pickQuery(item.pick, period)}),
    item AS (
      INSERT INTO booking_items (booking_id, resource_id, period, price_minor)
      SELECT ${booking.id}, p.id, ${period}::tstzrange, ${priceQuery(item.price)} FROM pick p, venue
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
      RETURNING id, created_at, payment_status
    ),
    history AS (${historyOfBooking(booking.history)})
    SELECT EXISTS (SELECT 1 FROM venue) AS venue_current, (SELECT count(*) FROM pick) AS candidates,
      item.resource_id, p.label, p.kind, p.area, item.price_minor, b.created_at, b.payment_status
    FROM (SELECT 1) AS one
    LEFT JOIN item ON true
    LEFT JOIN pick p ON p.id = item.resource_id
    LEFT JOIN booking b ON true
  `.execute(db);
  const result = rows[0]!;
  if (result.resource_id) {
    return {
      outcome: 'placed',
      booking: { createdAt: result.created_at!, paymentStatus: result.payment_status! },
      resource: {
        resourceId: result.resource_id,
        label: result.label!,
        kind: result.kind!,
        area: result.area,
        priceMinor: result.price_minor!,
      },
    };
  }
  if (!result.venue_current) return { outcome: 'venue-changed' };
  return { outcome: result.candidates > 0 ? 'lost-race' : 'none-free' };
}

/**
 * A booking without a resource yet (staff assign it later), with its history, in one statement;
 * nothing when the venue changed since it was read (then null).
 */
export async function insertBookingWithoutItem(
  db: Executor,
  booking: Omit<AtomicBooking, 'item'>,
): Promise<InsertedBooking | null> {
  const { row } = booking;
  const { rows } = await sql<{ created_at: Date; payment_status: PaymentStatus }>`
    WITH booking AS (
      INSERT INTO bookings (
        id, code, venue_id, event_id, user_id, status, party_size, starts_at, ends_at,
        contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
        requested_area, requested_type, notes
      )
      SELECT ${booking.id}, ${booking.code}, ${row.venueId}, ${row.eventId ?? null}, ${row.userId}, ${row.status},
        ${row.partySize}, ${row.start}, ${row.end}, ${row.contact.name}, ${row.contact.phone},
        ${row.contact.email ?? null}, ${row.totalMinor}, ${row.depositMinor}, ${row.currency}, ${row.isPeak},
        ${row.requestedArea ?? null}, ${row.requestedType ?? null}, ${row.notes ?? null}
      FROM (${currentVenue(booking.venue)}) AS venue
      RETURNING id, created_at, payment_status
    ),
    history AS (${historyOfBooking(booking.history)})
    SELECT created_at, payment_status FROM booking
  `.execute(db);
  const inserted = rows[0];
  return inserted ? { createdAt: inserted.created_at, paymentStatus: inserted.payment_status } : null;
}
