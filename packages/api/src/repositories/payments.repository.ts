import type { PaymentsTable } from '@reserva/db';
import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';
import { PENDING_PAYMENT_GRACE_MINUTES } from './holds.repository.js';

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

/** Checkouts that never finished (their process died): they no longer hold anything up. */
export const failAbandonedPayments = (trx: Executor, bookingId: string, now: Date) =>
  trx
    .updateTable('payments')
    .set({ status: 'FAILED', failure_reason: 'abandoned: the checkout never finished', updated_at: now })
    .where('booking_id', '=', bookingId)
    .where('status', '=', 'PENDING')
    .where(
      'created_at',
      '<=',
      sql<Date>`${now}::timestamptz - make_interval(mins => ${PENDING_PAYMENT_GRACE_MINUTES})`,
    )
    .execute();
