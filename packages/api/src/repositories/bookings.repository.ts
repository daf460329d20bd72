import type { Database, Db } from '@reserva/db';
import type { BookingStatus, CancelReason } from '@reserva/domain';
import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

export type Executor = Db | Transaction<Database> | Kysely<Database>;

/** `[start, end)` as PostgreSQL's tstzrange text. */
export const periodOf = (start: Date, end: Date) => `[${start.toISOString()},${end.toISOString()})`;

export interface NewBookingRow {
  code: string;
  venueId: string;
  eventId?: string | null;
  userId: string | null;
  status: BookingStatus;
  partySize: number;
  start: Date;
  end: Date;
  contact: { name: string; phone: string; email?: string | null | undefined };
  totalMinor: number;
  depositMinor: number;
  currency: string;
  isPeak: boolean;
  requestedArea?: string | null | undefined;
  requestedType?: string | null | undefined;
  notes?: string | null | undefined;
}

export const insertItem = (
  db: Executor,
  item: { bookingId: string; resourceId: string; start: Date; end: Date; priceMinor: number },
) =>
  db
    .insertInto('booking_items')
    .values({
      booking_id: item.bookingId,
      resource_id: item.resourceId,
      period: periodOf(item.start, item.end),
      price_minor: item.priceMinor,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

export const deleteItems = (db: Executor, bookingId: string) =>
  db.deleteFrom('booking_items').where('booking_id', '=', bookingId).execute();

export const insertHistory = (
  db: Executor,
  entry: {
    bookingId: string;
    actorUserId: string | null;
    actorLabel: string;
    from: BookingStatus | null;
    to: BookingStatus;
    note?: string | null | undefined;
  },
) =>
  db
    .insertInto('booking_history')
    .values({
      booking_id: entry.bookingId,
      actor_user_id: entry.actorUserId,
      actor_label: entry.actorLabel,
      from_status: entry.from,
      to_status: entry.to,
      note: entry.note ?? null,
    })
    .execute();

const bookingForChange = (db: Executor, by: { id: string } | { code: string }) =>
  db
    .selectFrom('bookings')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select([
      'bookings.id',
      'bookings.code',
      'bookings.status',
      'bookings.payment_status as paymentStatus',
      'bookings.user_id as userId',
      'bookings.venue_id as venueId',
      'bookings.event_id as eventId',
      'bookings.party_size as partySize',
      'bookings.starts_at as startsAt',
      'bookings.ends_at as endsAt',
      'venues.kind as venueKind',
      'venues.settings as venueSettings',
      'venues.time_zone as timeZone',
    ])
    .where((eb) => ('id' in by ? eb('bookings.id', '=', by.id) : eb('bookings.code', '=', by.code)));

/** Locks the booking row for the rest of the transaction: status changes on one booking queue up. */
export const lockBooking = (db: Executor, by: { id: string } | { code: string }) =>
  bookingForChange(db, by).forUpdate('bookings').executeTakeFirst();

/** The same facts without a lock, for reads that only plan a change (the assign picker). */
export const findBookingForAssign = (db: Executor, id: string) =>
  bookingForChange(db, { id }).executeTakeFirst();

/**
 * A status change in one statement: the new status (with the cancellation's reason, if any), the
 * booking's places freed when it stops being active, the history entry, and `alsoRun` (a
 * change-feed row announcing it, say).
 */
export const recordStatusChange = (
  db: Executor,
  change: {
    bookingId: string;
    from: BookingStatus;
    to: BookingStatus;
    freesPlaces: boolean;
    cancelReason?: CancelReason | undefined;
    cancelDescription?: string | null | undefined;
    actorUserId: string | null;
    actorLabel: string;
    note: string | null;
  },
  alsoRun?: RawBuilder<unknown>,
) => {
  const reason = change.cancelReason ?? null;
  return sql`
    WITH changed AS (
      UPDATE bookings SET
        status = ${change.to},
        updated_at = ${new Date()},
        cancel_reason = coalesce(${reason}::text, cancel_reason),
        cancel_description = CASE WHEN ${reason}::text IS NULL THEN cancel_description
          ELSE ${change.cancelDescription ?? null}::text END
      WHERE id = ${change.bookingId}
    ),
    freed AS (
      UPDATE booking_items SET active = false WHERE booking_id = ${change.bookingId} AND ${change.freesPlaces}
    )
    ${alsoRun ? sql`, also AS (${alsoRun})` : sql``}
    INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
    VALUES (${change.bookingId}, ${change.actorUserId}, ${change.actorLabel}, ${change.from}, ${change.to}, ${change.note})
  `.execute(db);
};

const BOOKING_COLUMNS = [
  'bookings.id',
  'bookings.code',
  'bookings.status',
  'bookings.payment_status as paymentStatus',
  'bookings.party_size as partySize',
  'bookings.starts_at as start',
  'bookings.ends_at as end',
  'bookings.contact_name as contactName',
  'bookings.contact_phone as contactPhone',
  'bookings.contact_email as contactEmail',
  'bookings.total_minor as totalMinor',
  'bookings.deposit_minor as depositMinor',
  'bookings.currency',
  'bookings.is_peak as isPeak',
  'bookings.requested_area as requestedArea',
  'bookings.requested_type as requestedType',
  'bookings.cancel_reason as cancelReason',
  'bookings.cancel_description as cancelDescription',
  'bookings.notes',
  'bookings.user_id as userId',
  'bookings.event_id as eventId',
  'bookings.created_at as createdAt',
  'bookings.hold_expires_at as holdExpiresAt',
  'bookings.claim_code as claimCode',
  'venues.id as venueId',
  'venues.name as venueName',
  'venues.kind as venueKind',
  'venues.time_zone as timeZone',
] as const;

export const selectBookings = (db: Executor) =>
  db.selectFrom('bookings').innerJoin('venues', 'venues.id', 'bookings.venue_id').select(BOOKING_COLUMNS);

const ITEM_COLUMNS = [
  'booking_items.booking_id as bookingId',
  'booking_items.resource_id as resourceId',
  'booking_items.price_minor as priceMinor',
  'booking_items.active',
  'resources.label',
  'resources.kind',
  'resources.area',
] as const;

export const itemsOf = (db: Executor, bookingIds: readonly string[]) =>
  bookingIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('booking_items')
        .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
        .select(ITEM_COLUMNS)
        .select([
          sql<Date>`lower(booking_items.period)`.as('start'),
          sql<Date>`upper(booking_items.period)`.as('end'),
        ])
        .where('booking_items.booking_id', 'in', bookingIds)
        .orderBy('resources.sort_order')
        .orderBy('resources.label')
        .execute();

export const bookingCodeExists = async (db: Executor, code: string) =>
  (await db.selectFrom('bookings').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;

export const updateBookingTotal = (db: Executor, id: string, totalMinor: number) =>
  db.updateTable('bookings').set({ total_minor: totalMinor }).where('id', '=', id).execute();

/**
 * One booking with its items and history in ONE query (JSON sub-arrays): the read after every
 * booking change is on the hot path. Timestamps inside the JSON arrive as strings.
 */
export const findBookingWithDetail = (db: Executor, by: { id: string } | { code: string }) =>
  selectBookings(db)
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('booking_items')
          .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
          .select(ITEM_COLUMNS)
          // Inside JSON the period's ends arrive as strings.
          .select([
            sql<string>`lower(booking_items.period)`.as('start'),
            sql<string>`upper(booking_items.period)`.as('end'),
          ])
          .whereRef('booking_items.booking_id', '=', 'bookings.id')
          .orderBy('resources.sort_order')
          .orderBy('resources.label'),
      ).as('items'),
      jsonArrayFrom(
        eb
          .selectFrom('booking_history')
          .select([
            'from_status as from',
            'to_status as to',
            'actor_label as actor',
            'note',
            'created_at as at',
          ])
          .whereRef('booking_history.booking_id', '=', 'bookings.id')
          .orderBy('booking_history.id'),
      ).as('history'),
    ])
    .where((eb) => ('id' in by ? eb('bookings.id', '=', by.id) : eb('bookings.code', '=', by.code)))
    .executeTakeFirst();
