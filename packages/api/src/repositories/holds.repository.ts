import { type RawBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Executor, periodOf } from './bookings.repository.js';

/**
 * A checkout that started before the hold ran out may finish after it: a hold with a PENDING payment
 * keeps its seats, but only this long, so a process that died mid-checkout cannot keep them forever.
 */
export const PENDING_PAYMENT_GRACE_MINUTES = 10;

/**
 * True for a HELD booking whose time is up and that has no checkout in flight: its seats are free
 * to anyone, whether or not the sweeper has marked it EXPIRED yet. `table` names the bookings row
 * in the surrounding query (a constant of our own code, never input).
 */
export const lapsedHold = (now: Date, table = 'bookings'): RawBuilder<boolean> => {
  const b = sql.raw(table);
  return sql<boolean>`(${b}.status = 'HELD' AND ${b}.hold_expires_at <= ${now}::timestamptz
    AND NOT ${checkoutInFlight(now, table)})`;
};

/**
 * True while the booking of `table` has a checkout started less than the grace period ago. The mark
 * is on the booking's own row (see migration 0005), so an UPDATE that waited for a checkout's lock
 * re-checks it against what the checkout committed.
 */
const checkoutInFlight = (now: Date, table: string): RawBuilder<boolean> =>
  sql<boolean>`coalesce(${sql.raw(table)}.checkout_started_at > ${now}::timestamptz
    - make_interval(mins => ${PENDING_PAYMENT_GRACE_MINUTES}), false)`;

/**
 * Lapsed holds holding any of `seatIds` over the period, locked (in id order, so two creators never
 * deadlock) for the caller to expire. A sweeper changing one meanwhile is waited for, not skipped:
 * the seat may be free once it commits.
 */
export const lockLapsedHoldsOnSeats = (
  trx: Executor,
  { seatIds, start, end, now }: { seatIds: readonly string[]; start: Date; end: Date; now: Date },
) =>
  trx
    .selectFrom('bookings')
    .select('bookings.id')
    .where('bookings.id', 'in', (eb) =>
      eb
        .selectFrom('booking_items')
        .select('booking_items.booking_id')
        .where('booking_items.resource_id', 'in', seatIds)
        .where('booking_items.active', '=', true)
        .where(sql<boolean>`booking_items.period && ${periodOf(start, end)}::tstzrange`),
    )
    .where(lapsedHold(now))
    .orderBy('bookings.id')
    .forUpdate()
    .execute();

/** Lapsed holds anywhere, a batch at a time; rows another process is changing are skipped. */
export const lockLapsedHolds = (trx: Executor, { now, limit }: { now: Date; limit: number }) =>
  trx
    .selectFrom('bookings')
    .select(['bookings.id', 'bookings.event_id as eventId'])
    .where('bookings.status', '=', 'HELD')
    // Lets the partial index on hold_expires_at narrow the scan before the payment check.
    .where('bookings.hold_expires_at', '<=', now)
    .where(lapsedHold(now))
    .orderBy('bookings.hold_expires_at')
    .orderBy('bookings.id')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();

/** The advisory-lock class of seat holds (the two-key form: apart from every single-key lock). */
export const SEAT_LOCK_CLASS = 0x5ea7;

/**
 * Queues holders of the same seat one behind the other until each commits. Without it, two holds
 * inserting one seat at the same instant can each wait for the other inside the exclusion check, a
 * deadlock PostgreSQL breaks only after deadlock_timeout (a second). Locks are taken in key order,
 * so overlapping sets never deadlock; they live in memory and end with the transaction.
 */
export const lockSeatsForHold = (trx: Executor, seatIds: readonly string[]) =>
  seatLocks(seatIds).execute(trx);

const seatLocks = (seatIds: readonly string[]) => sql`
  SELECT pg_advisory_xact_lock(${SEAT_LOCK_CLASS}, key)
  FROM (SELECT DISTINCT hashtext(seat_id) AS key FROM unnest(${[...seatIds]}::text[]) AS seat_id ORDER BY key) keys`;

/** What a statement holding or freeing seats knows as it runs, as SQL over its own parts. */
export interface ChangedSeats {
  /** One row per hold written. */
  rows: RawBuilder<unknown>;
  holdId: RawBuilder<string>;
  eventId: RawBuilder<string>;
  seatIds: RawBuilder<string[]>;
}

export interface NewHold {
  id: string;
  code: string;
  venueId: string;
  eventId: string;
  layoutId: string;
  /** The versions (`xmin`) of the event, venue and layout rows the hold was judged and priced on. */
  versions: { event: string; venue: string; layout: string };
  userId: string | null;
  start: Date;
  end: Date;
  contact: { name: string | null; phone: string | null; email: string | null };
  currency: string;
  tokenHash: string;
  expiresAt: Date;
  actor: { userId: string | null; label: string };
  /** Every seat with its price; the items go in in id order, like the seat locks. */
  seats: readonly { id: string; priceMinor: number }[];
}

/**
 * The seats' locks (see `lockSeatsForHold`), then the HELD booking, its history entry, one item per
 * seat and `announce` (the change-feed row for the seats held), in one
 * statement — a transaction of its own when run outside one. Nothing is written unless the event,
 * venue and layout rows are still the versions the hold was judged on: false then. The event's row
 * is key-share locked, so a cancellation (which locks it for update) either waits for the hold and
 * then cancels it with the rest, or commits first and the hold, re-checking the row, writes
 * nothing; the share locks of holds never wait for one another. The exclusion
 * constraint takes all of the seats or none (23P01 fails the whole statement). The items are read
 * from the locks, so no item goes in before every lock is taken; the foreign key from item to
 * booking is checked at the end of the statement, when both exist.
 */
export const insertHold = async (
  executor: Executor,
  hold: NewHold,
  announce: (held: ChangedSeats) => RawBuilder<unknown>,
): Promise<boolean> => {
  const seats = [...hold.seats].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const totalMinor = seats.reduce((sum, seat) => sum + seat.priceMinor, 0);
  const { numAffectedRows } = await sql`
    WITH current AS (
      SELECT 1 FROM events, venues, layouts
      WHERE events.id = ${hold.eventId} AND events.xmin = ${hold.versions.event}::xid
        AND venues.id = ${hold.venueId} AND venues.xmin = ${hold.versions.venue}::xid
        AND layouts.id = ${hold.layoutId} AND layouts.xmin = ${hold.versions.layout}::xid
      FOR KEY SHARE OF events
    ),
    locked AS (SELECT count(*) AS seats FROM (${seatLocks(seats.map((seat) => seat.id))}) AS locks),
    booking AS (
      INSERT INTO bookings (
        id, code, venue_id, event_id, user_id, status, party_size, starts_at, ends_at,
        contact_name, contact_phone, contact_email, total_minor, deposit_minor, currency, is_peak,
        hold_token_hash, hold_expires_at
      )
      SELECT
        ${hold.id}::uuid, ${hold.code}, ${hold.venueId}::uuid, ${hold.eventId}::uuid, ${hold.userId}::uuid,
        'HELD', ${seats.length}::int, ${hold.start}::timestamptz, ${hold.end}::timestamptz,
        ${hold.contact.name}::text, ${hold.contact.phone}::text, ${hold.contact.email}::text,
        ${totalMinor}::bigint, 0, ${hold.currency}, false, ${hold.tokenHash}, ${hold.expiresAt}::timestamptz
      FROM current
      RETURNING id
    ),
    history AS (
      INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status)
      SELECT id, ${hold.actor.userId}::uuid, ${hold.actor.label}, NULL, 'HELD' FROM booking
    ),
    announce AS (${announce({
      rows: sql`booking`,
      holdId: sql<string>`booking.id`,
      eventId: sql<string>`${hold.eventId}::uuid`,
      seatIds: sql<string[]>`${hold.seats.map((seat) => seat.id)}::uuid[]`,
    })})
    INSERT INTO booking_items (booking_id, resource_id, period, price_minor)
    SELECT booking.id, seat.id, ${periodOf(hold.start, hold.end)}::tstzrange, seat.price_minor
    FROM booking, locked,
      unnest(${seats.map((seat) => seat.id)}::uuid[], ${seats.map((seat) => seat.priceMinor)}::bigint[])
        WITH ORDINALITY AS seat(id, price_minor, position)
    ORDER BY seat.position
  `.execute(executor);
  return (numAffectedRows ?? 0n) > 0n;
};

export const activeSeatIdsOf = async (trx: Executor, bookingId: string) =>
  (
    await trx
      .selectFrom('booking_items')
      .select('resource_id')
      .where('booking_id', '=', bookingId)
      .where('active', '=', true)
      .orderBy('resource_id')
      .execute()
  ).map((row) => row.resource_id);

export type HoldRef = { tokenHash: string } | { claimCode: string } | { id: string };

const whereRef = (ref: HoldRef) => {
  if ('tokenHash' in ref) return ['bookings.hold_token_hash', ref.tokenHash] as const;
  if ('claimCode' in ref) return ['bookings.claim_code', ref.claimCode] as const;
  return ['bookings.id', ref.id] as const;
};

/** The event of a hold, read without locking: to lock the event first (see lockEventForHold). */
export const findHoldEvent = (db: Executor, ref: HoldRef) => {
  const [column, value] = whereRef(ref);
  return db
    .selectFrom('bookings')
    .select(['bookings.id', 'bookings.event_id as eventId'])
    .where(column, '=', value)
    .executeTakeFirst();
};

/** Where the hold stands (status, time, checkout), read without locking. */
export const findHoldState = (db: Executor, ref: HoldRef) => {
  const [column, value] = whereRef(ref);
  return db
    .selectFrom('bookings')
    .select([
      'bookings.status',
      'bookings.hold_expires_at as expiresAt',
      'bookings.checkout_started_at as checkoutStartedAt',
    ])
    .where(column, '=', value)
    .executeTakeFirst();
};

/** The hold row, locked for the rest of the transaction (any status: the caller judges). */
export const lockHold = (trx: Executor, ref: HoldRef) => {
  const [column, value] = whereRef(ref);
  return trx
    .selectFrom('bookings')
    .select([
      'bookings.id',
      'bookings.status',
      'bookings.event_id as eventId',
      'bookings.user_id as userId',
      'bookings.hold_expires_at as expiresAt',
      'bookings.claim_code as claimCode',
      'bookings.total_minor as totalMinor',
      'bookings.currency',
      'bookings.payment_status as paymentStatus',
      'bookings.checkout_started_at as checkoutStartedAt',
    ])
    .where(column, '=', value)
    .forUpdate()
    .executeTakeFirst();
};

export type LockedHold = NonNullable<Awaited<ReturnType<typeof lockHold>>>;

/**
 * Gives back every seat of the live hold `tokenHash` names, in one statement: the hold goes from
 * `change.from` to `change.to` unless a checkout of it is in flight, its items stop holding seats,
 * its history says so and `announce` tells viewers which seats were freed. A release that waited
 * for another change of the hold (a checkout starting) has the hold's row re-checked as that change
 * left it. Undefined when nothing was released; the caller finds out why.
 */
export const releaseWholeHold = async (
  executor: Executor,
  {
    tokenHash,
    now,
    change,
    actor,
  }: {
    tokenHash: string;
    now: Date;
    change: { from: string; to: string; note: string };
    actor: { userId: string | null; label: string };
  },
  announce: (freed: ChangedSeats) => RawBuilder<unknown>,
) => {
  const { rows } = await sql<{ id: string; seatIds: string[] }>`
    WITH released AS (
      UPDATE bookings SET status = ${change.to}, updated_at = ${now}
      WHERE hold_token_hash = ${tokenHash} AND status = ${change.from}
        AND hold_expires_at > ${now}::timestamptz AND NOT ${checkoutInFlight(now, 'bookings')}
      RETURNING id, event_id
    ),
    freed AS (
      UPDATE booking_items SET active = false
      WHERE booking_id = (SELECT id FROM released) AND active
      RETURNING resource_id
    ),
    history AS (
      INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
      SELECT id, ${actor.userId}::uuid, ${actor.label}, ${change.from}, ${change.to}, ${change.note}
      FROM released
    ),
    announce AS (${announce({
      rows: sql`released`,
      holdId: sql<string>`released.id`,
      eventId: sql<string>`released.event_id`,
      seatIds: sql<string[]>`ARRAY(SELECT resource_id FROM freed ORDER BY resource_id)`,
    })})
    SELECT id, ARRAY(SELECT resource_id::text FROM freed ORDER BY resource_id) AS "seatIds" FROM released
  `.execute(executor);
  return rows[0];
};

/** A hold as its holder (or staff) sees it: the booking, its event and venue, and its active seats. */
export const findHoldView = (db: Executor, ref: HoldRef) => {
  const [column, value] = whereRef(ref);
  return db
    .selectFrom('bookings')
    .innerJoin('events', 'events.id', 'bookings.event_id')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select((eb) => [
      'bookings.id',
      'bookings.code',
      'bookings.status',
      'bookings.payment_status as paymentStatus',
      'bookings.hold_expires_at as expiresAt',
      'bookings.claim_code as claimCode',
      'bookings.total_minor as totalMinor',
      'bookings.currency',
      'bookings.contact_name as contactName',
      'bookings.contact_phone as contactPhone',
      'bookings.contact_email as contactEmail',
      'events.id as eventId',
      'events.kind as eventKind',
      'events.title',
      'events.origin',
      'events.destination',
      'events.starts_at as startsAt',
      'events.ends_at as endsAt',
      'events.bus_type as busType',
      'events.operator_whatsapp as operatorWhatsapp',
      'venues.id as venueId',
      'venues.slug as venueSlug',
      'venues.name as venueName',
      'venues.kind as venueKind',
      'venues.time_zone as timeZone',
      'venues.whatsapp as venueWhatsapp',
      jsonArrayFrom(
        eb
          .selectFrom('booking_items')
          .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
          .select([
            'resources.id',
            'resources.label',
            'resources.area as seatClass',
            'booking_items.price_minor as priceMinor',
          ])
          .whereRef('booking_items.booking_id', '=', 'bookings.id')
          // A confirmed or cancelled booking shows the seats it had; a hold only those still held.
          .where((inner) =>
            inner.or([inner('booking_items.active', '=', true), inner('bookings.status', '!=', 'HELD')]),
          )
          .orderBy('resources.pos_row')
          .orderBy('resources.pos_col')
          .orderBy('resources.label'),
      ).as('seats'),
    ])
    .where(column, '=', value)
    .executeTakeFirst();
};

export type HoldViewRow = NonNullable<Awaited<ReturnType<typeof findHoldView>>>;

/** Frees some seats of a hold (the rest stay held) and recounts what the hold is for. */
export async function removeHoldSeats(trx: Executor, bookingId: string, seatIds: readonly string[]) {
  await trx
    .deleteFrom('booking_items')
    .where('booking_id', '=', bookingId)
    .where('resource_id', 'in', seatIds)
    .where('active', '=', true)
    .execute();
  await trx
    .updateTable('bookings')
    .set({
      party_size: sql<number>`(SELECT count(*) FROM booking_items WHERE booking_id = ${bookingId} AND active)`,
      total_minor: sql<number>`(SELECT coalesce(sum(price_minor), 0) FROM booking_items
        WHERE booking_id = ${bookingId} AND active)`,
      updated_at: new Date(),
    })
    .where('id', '=', bookingId)
    .execute();
}

export const setHoldContact = (
  trx: Executor,
  id: string,
  contact: { name: string; phone: string; email: string | null },
) =>
  trx
    .updateTable('bookings')
    .set({ contact_name: contact.name, contact_phone: contact.phone, contact_email: contact.email })
    .where('id', '=', id)
    .execute();

/**
 * Sets a claim code unless another booking already has it (the unique index says so); false then,
 * and the transaction goes on thanks to the savepoint.
 */
export async function trySetClaimCode(trx: Executor, id: string, claimCode: string): Promise<boolean> {
  await sql`SAVEPOINT claim_code`.execute(trx);
  try {
    await trx.updateTable('bookings').set({ claim_code: claimCode }).where('id', '=', id).execute();
    await sql`RELEASE SAVEPOINT claim_code`.execute(trx);
    return true;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT claim_code`.execute(trx);
    const pg = error as { code?: unknown; constraint?: unknown };
    if (pg.code === '23505' && pg.constraint === 'bookings_claim_code_key') return false;
    throw error;
  }
}

/** A new token for the hold: the old one stops working. The claimer, if signed in, now owns it. */
export const rotateHoldToken = (trx: Executor, id: string, tokenHash: string, userId: string | null) =>
  trx
    .updateTable('bookings')
    .set((eb) => ({
      hold_token_hash: tokenHash,
      user_id: userId ?? eb.ref('user_id'),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();

/**
 * Marks a checkout of the hold as begun, in the transaction that records its PENDING payment:
 * `now()` is the transaction's start, the payment's `created_at` too.
 */
export const markCheckoutStarted = (trx: Executor, id: string) =>
  trx.updateTable('bookings').set({ checkout_started_at: sql<Date>`now()` }).where('id', '=', id).execute();

/** The hold's checkout has run its course (paid, declined, failed): nothing is in flight any more. */
export const markCheckoutEnded = (trx: Executor, id: string) =>
  trx.updateTable('bookings').set({ checkout_started_at: null }).where('id', '=', id).execute();

/** A paid hold: its token no longer opens anything, and a signed-in payer owns a guest's booking. */
export const markHoldPaid = (
  trx: Executor,
  id: string,
  { totalMinor, userId }: { totalMinor: number; userId: string | null },
) =>
  trx
    .updateTable('bookings')
    .set((eb) => ({
      payment_status: 'PAID',
      total_minor: totalMinor,
      // The token stays: its holder's page can still find the hold, now paid, and show the ticket.
      user_id: eb.fn.coalesce('user_id', sql<string | null>`${userId}::uuid`),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .execute();
