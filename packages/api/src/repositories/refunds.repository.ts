import type { PaymentStatus } from '@reserva/domain';
import { CompiledQuery, sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

/**
 * What pg-boss needs to run its SQL on our connection (`send(name, data, { db })`): a job sent
 * through the transaction's connection exists exactly when the transaction commits.
 */
export interface JobConnection {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export const jobConnection = (trx: Executor): JobConnection => ({
  async executeSql(text, values) {
    const result = await trx.executeQuery(CompiledQuery.raw(text, values));
    return { rows: [...result.rows] };
  },
});

type PaymentRow = 'SUCCEEDED' | 'REFUND_PENDING' | 'REFUNDED' | 'REFUND_FAILED';

const PAYMENT_COLUMNS = [
  'payments.id',
  'payments.booking_id as bookingId',
  'payments.provider',
  'payments.status',
  'payments.amount_minor as amountMinor',
  'payments.currency',
  'payments.provider_ref as providerRef',
  'payments.refund_attempts as refundAttempts',
  'payments.refund_ref as refundRef',
] as const;

export const findPayment = (db: Executor, id: string) =>
  db.selectFrom('payments').select(PAYMENT_COLUMNS).where('id', '=', id).executeTakeFirst();

export const lockPayment = (db: Executor, id: string) =>
  db.selectFrom('payments').select(PAYMENT_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

/** Successful payments of the given bookings, locked: what a cancellation must refund. */
export const lockSucceededPayments = (db: Executor, bookingIds: readonly string[]) =>
  bookingIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('payments')
        .select(['id', 'booking_id as bookingId'])
        .where('booking_id', 'in', bookingIds)
        .where('status', '=', 'SUCCEEDED')
        .orderBy('id')
        .forUpdate()
        .execute();

/** Payments of the event's bookings whose refund gave up, locked. */
export const lockFailedRefundsOfEvent = (db: Executor, eventId: string) =>
  db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select(['payments.id', 'payments.booking_id as bookingId'])
    .where('bookings.event_id', '=', eventId)
    .where('payments.status', '=', 'REFUND_FAILED')
    .orderBy('payments.id')
    .forUpdate('payments')
    .execute();

export const setPaymentsStatus = (db: Executor, ids: readonly string[], status: PaymentRow) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.updateTable('payments').set({ status, updated_at: new Date() }).where('id', 'in', ids).execute();

export const setBookingsPaymentStatus = (
  db: Executor,
  bookingIds: readonly string[],
  status: PaymentStatus,
) =>
  bookingIds.length === 0
    ? Promise.resolve([])
    : db
        .updateTable('bookings')
        .set({ payment_status: status, updated_at: new Date() })
        .where('id', 'in', bookingIds)
        .execute();

export const markPaymentRefunded = (db: Executor, id: string, refund: { reference: string; at: Date }) =>
  db
    .updateTable('payments')
    .set((eb) => ({
      status: 'REFUNDED',
      refund_ref: refund.reference,
      refunded_at: refund.at,
      refund_error: null,
      refund_attempts: eb('refund_attempts', '+', 1),
      updated_at: refund.at,
    }))
    .where('id', '=', id)
    .execute();

/** A failed attempt is counted and its error kept, whatever state the payment is in by now. */
export const recordRefundFailure = (db: Executor, id: string, error: string) =>
  db
    .updateTable('payments')
    .set((eb) => ({
      refund_attempts: eb('refund_attempts', '+', 1),
      refund_error: error,
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('status', '=', 'REFUND_PENDING')
    .execute();

/** refunded / pending / failed counts and amounts of the event's refunds, in one aggregate. */
export const refundTotalsOfEvent = (db: Executor, eventId: string) =>
  db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) FILTER (WHERE payments.status = 'REFUNDED')::int`.as('refunded'),
      sql<number>`count(*) FILTER (WHERE payments.status = 'REFUND_PENDING')::int`.as('pending'),
      sql<number>`count(*) FILTER (WHERE payments.status = 'REFUND_FAILED')::int`.as('failed'),
      sql<number>`coalesce(sum(payments.amount_minor), 0)::bigint`.as('totalMinor'),
      sql<number>`coalesce(sum(payments.amount_minor) FILTER (WHERE payments.status = 'REFUNDED'), 0)::bigint`.as(
        'refundedMinor',
      ),
    ])
    .where('bookings.event_id', '=', eventId)
    .where('payments.status', 'in', ['REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED'])
    .executeTakeFirstOrThrow();

export const failedRefundsOfEvent = (db: Executor, eventId: string, limit: number) =>
  db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select([
      'payments.id as paymentId',
      'bookings.id as bookingId',
      'bookings.code as bookingCode',
      'payments.amount_minor as amountMinor',
      'payments.refund_attempts as attempts',
      'payments.refund_error as error',
    ])
    .where('bookings.event_id', '=', eventId)
    .where('payments.status', '=', 'REFUND_FAILED')
    .orderBy('bookings.code')
    .limit(limit)
    .execute();
