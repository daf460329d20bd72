import type { PaymentsTable } from '@reserva/db';
import { sql } from 'kysely';
import type { Executor } from '../../repositories/bookings.repository.js';
import { PENDING_PAYMENT_GRACE_MINUTES } from '../../repositories/holds.repository.js';

type PaymentStatus = PaymentsTable['status'];

const PAYMENT_COLUMNS = [
  'id',
  'booking_id as bookingId',
  'provider',
  'status',
  'amount_minor as amountMinor',
  'currency',
  'idempotency_key as idempotencyKey',
  'provider_ref as providerRef',
  'failure_reason as failureReason',
  'method',
] as const;

export const findPaymentByKey = (db: Executor, idempotencyKey: string) =>
  db
    .selectFrom('payments')
    .select(PAYMENT_COLUMNS)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();

export type PaymentRow = NonNullable<Awaited<ReturnType<typeof findPaymentByKey>>>;

export const lockPayment = (trx: Executor, id: string) =>
  trx
    .selectFrom('payments')
    .select(PAYMENT_COLUMNS)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();

export const insertPayment = (
  db: Executor,
  payment: {
    bookingId: string;
    provider: 'card' | 'offline';
    status: PaymentStatus;
    amountMinor: number;
    currency: string;
    idempotencyKey: string;
    providerRef?: string | null;
    confirmedBy?: string | null;
    method?: 'card' | 'cash' | 'bank_transfer' | 'qris' | 'offline';
    reference?: string | null;
  },
) =>
  db
    .insertInto('payments')
    .values({
      booking_id: payment.bookingId,
      provider: payment.provider,
      status: payment.status,
      amount_minor: payment.amountMinor,
      currency: payment.currency,
      idempotency_key: payment.idempotencyKey,
      provider_ref: payment.providerRef ?? null,
      confirmed_by: payment.confirmedBy ?? null,
      method: payment.method ?? (payment.provider === 'card' ? 'card' : 'offline'),
      reference: payment.reference ?? null,
    })
    .returning(PAYMENT_COLUMNS)
    .executeTakeFirstOrThrow();

export const updatePayment = (
  trx: Executor,
  id: string,
  change: { status: PaymentStatus; providerRef?: string | null; failureReason?: string | null },
) =>
  trx
    .updateTable('payments')
    .set({
      status: change.status,
      ...(change.providerRef !== undefined ? { provider_ref: change.providerRef } : {}),
      ...(change.failureReason !== undefined ? { failure_reason: change.failureReason } : {}),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();

/** Card payments still waiting on the gateway since before `before`: for the reconciler to ask about. */
export const stalePendingPayments = (db: Executor, { before, limit }: { before: Date; limit: number }) =>
  db
    .selectFrom('payments')
    .select(PAYMENT_COLUMNS)
    .where('status', '=', 'PENDING')
    .where('provider', '=', 'card')
    .where('created_at', '<=', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();

/** A card payment of this booking started less than `graceMinutes` ago and still waiting. */
export const pendingPaymentOf = (db: Executor, bookingId: string, now: Date) =>
  db
    .selectFrom('payments')
    .select('id')
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'PENDING')
    .where(
      'created_at',
      '>',
      sql<Date>`${now}::timestamptz - make_interval(mins => ${PENDING_PAYMENT_GRACE_MINUTES})`,
    )
    .executeTakeFirst();

/** Marks a booking paid (its payment status only: the lifecycle status is the booking's own business). */
export const markBookingPaid = (db: Executor, bookingId: string) =>
  db
    .updateTable('bookings')
    .set({ payment_status: 'PAID', updated_at: new Date() })
    .where('id', '=', bookingId)
    .execute();

/** Every payment of a booking with who recorded it, for its money timeline. */
export const paymentsOfBooking = (db: Executor, bookingId: string) =>
  db
    .selectFrom('payments')
    .leftJoin('users', 'users.id', 'payments.confirmed_by')
    .select([
      'payments.id',
      'payments.provider',
      'payments.method',
      'payments.status',
      'payments.amount_minor as amountMinor',
      'payments.refunded_minor as refundedMinor',
      'payments.currency',
      'payments.reference',
      'payments.provider_ref as providerRef',
      'payments.failure_reason as failureReason',
      'payments.created_at as createdAt',
      'payments.updated_at as updatedAt',
      'users.email as confirmedBy',
    ])
    .where('payments.booking_id', '=', bookingId)
    .orderBy('payments.created_at')
    .execute();

export const paymentStatusOf = async (db: Executor, bookingId: string) =>
  (
    await db
      .selectFrom('bookings')
      .select('payment_status')
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow()
  ).payment_status;

/**
 * A booking with what its payment depends on: its venue's kind, zone, currency and settings, and
 * (for a hotel's first night) the nightly price of its room.
 */
export const findBookingForPayment = (db: Executor, by: { id: string } | { code: string }) =>
  db
    .selectFrom('bookings')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select((eb) => [
      'bookings.id',
      'bookings.code',
      'bookings.status',
      'bookings.payment_status as paymentStatus',
      'bookings.user_id as userId',
      'bookings.venue_id as venueId',
      'bookings.event_id as eventId',
      'bookings.starts_at as startsAt',
      'bookings.hold_expires_at as holdExpiresAt',
      'bookings.total_minor as totalMinor',
      'bookings.deposit_minor as depositMinor',
      'bookings.currency',
      'venues.kind as venueKind',
      'venues.time_zone as timeZone',
      'venues.settings as venueSettings',
      eb
        .selectFrom('booking_items')
        .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
        .select('resources.price_minor')
        .whereRef('booking_items.booking_id', '=', 'bookings.id')
        .orderBy('booking_items.id')
        .limit(1)
        .as('nightlyMinor'),
    ])
    .where((eb) => ('id' in by ? eb('bookings.id', '=', by.id) : eb('bookings.code', '=', by.code)))
    .executeTakeFirst();

export type PaymentBooking = NonNullable<Awaited<ReturnType<typeof findBookingForPayment>>>;

/** When the booking last ended (cancelled, no-show), from its history. */
export const endedAtOf = (db: Executor, bookingId: string) =>
  db
    .selectFrom('booking_history')
    .select('created_at as at')
    .where('booking_id', '=', bookingId)
    .where('to_status', 'in', ['CANCELLED', 'NO_SHOW'])
    .whereRef('from_status', '!=', 'to_status')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
