import type { RefundsTable } from '@reserva/db';
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

type PaymentRow = 'SUCCEEDED' | 'REFUND_PENDING' | 'REFUNDED' | 'PARTIALLY_REFUNDED' | 'REFUND_FAILED';

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

/** Payment statuses of money that was received (and may be partly or wholly on its way back). */
export const RECEIVED_STATUSES = [
  'SUCCEEDED',
  'REFUND_PENDING',
  'REFUNDED',
  'PARTIALLY_REFUNDED',
  'REFUND_FAILED',
] as const;

/**
 * The received payments of a booking, locked, each with what is already promised back (refunds
 * done, waiting or failed): what a cancellation or a manual refund may still return.
 */
export const lockReceivedPayments = (db: Executor, bookingId: string) =>
  receivedPayments(db, bookingId, { lock: true });

/** The same, unlocked, for quotes. */
export const receivedPayments = (db: Executor, bookingId: string, { lock = false } = {}) =>
  db
    .selectFrom('payments')
    .select((eb) => [
      'payments.id',
      'payments.booking_id as bookingId',
      'payments.provider',
      'payments.method',
      'payments.status',
      'payments.amount_minor as amountMinor',
      'payments.currency',
      eb
        .selectFrom('refunds')
        .select(sql<number>`coalesce(sum(refunds.amount_minor), 0)::bigint`.as('n'))
        .whereRef('refunds.payment_id', '=', 'payments.id')
        .as('committedMinor'),
    ])
    .where('payments.booking_id', '=', bookingId)
    .where('payments.status', 'in', RECEIVED_STATUSES)
    .orderBy('payments.id')
    .$if(lock, (query) => query.forUpdate('payments'))
    .execute()
    .then((rows) => rows.map((row) => ({ ...row, committedMinor: Number(row.committedMinor ?? 0) })));

export type ReceivedPayment = Awaited<ReturnType<typeof lockReceivedPayments>>[number];

/**
 * A refund queued in one statement: the refund row (unless its idempotency key exists: nothing
 * then), its payment REFUND_PENDING, the booking's payment status too (unless another payment of
 * the booking is the one that paid for it, see setBookingPaymentStatusFrom) and a history note.
 * Returns the new row's id, or nothing when the key was taken.
 */
export async function insertQueuedRefund(
  db: Executor,
  refund: {
    paymentId: string;
    bookingId: string;
    amountMinor: number;
    currency: string;
    cause: RefundsTable['cause'];
    reason: string | null;
    idempotencyKey: string;
    requestedBy: string | null;
    requestedLabel: string;
    note: string;
  },
) {
  const { rows } = await sql<{ id: string }>`
    WITH refund AS (
      INSERT INTO refunds (payment_id, booking_id, amount_minor, currency, cause, reason, status,
        idempotency_key, requested_by, requested_label)
      VALUES (${refund.paymentId}, ${refund.bookingId}, ${refund.amountMinor}, ${refund.currency},
        ${refund.cause}, ${refund.reason}, 'PENDING', ${refund.idempotencyKey}, ${refund.requestedBy},
        ${refund.requestedLabel})
      ON CONFLICT (idempotency_key) DO NOTHING
      RETURNING id
    ),
    payment AS (
      UPDATE payments SET status = 'REFUND_PENDING', updated_at = now()
      WHERE id = ${refund.paymentId} AND EXISTS (SELECT 1 FROM refund)
    ),
    booking AS (
      UPDATE bookings SET payment_status = 'REFUND_PENDING', updated_at = now()
      WHERE id = ${refund.bookingId} AND EXISTS (SELECT 1 FROM refund)
        AND NOT EXISTS (
          SELECT 1 FROM payments other WHERE other.booking_id = bookings.id AND other.id <> ${refund.paymentId}
            AND other.status IN (${sql.join(RECEIVED_STATUSES)})
        )
      RETURNING status
    ),
    history AS (
      INSERT INTO booking_history (booking_id, actor_user_id, actor_label, from_status, to_status, note)
      SELECT ${refund.bookingId}, ${refund.requestedBy}, ${refund.requestedLabel}, b.status, b.status, ${refund.note}
      FROM refund, bookings b WHERE b.id = ${refund.bookingId}
    )
    SELECT id FROM refund
  `.execute(db);
  return rows[0];
}

const REFUND_COLUMNS = [
  'refunds.id',
  'refunds.payment_id as paymentId',
  'refunds.booking_id as bookingId',
  'refunds.amount_minor as amountMinor',
  'refunds.currency',
  'refunds.cause',
  'refunds.reason',
  'refunds.status',
  'refunds.idempotency_key as idempotencyKey',
  'refunds.provider_ref as providerRef',
  'refunds.attempts',
  'refunds.error',
  'refunds.created_at as createdAt',
  'refunds.refunded_at as refundedAt',
  'refunds.requested_label as requestedBy',
] as const;

export const findRefundByKey = (db: Executor, idempotencyKey: string) =>
  db
    .selectFrom('refunds')
    .select(REFUND_COLUMNS)
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();

/** The refund a job names, or (jobs queued before migration 0007 name only the payment) its payment's. */
export const findRefundForJob = (db: Executor, job: { paymentId: string; refundId?: string | undefined }) =>
  db
    .selectFrom('refunds')
    .select(REFUND_COLUMNS)
    .where((eb) =>
      job.refundId ? eb('refunds.id', '=', job.refundId) : eb('refunds.payment_id', '=', job.paymentId),
    )
    // Without a refund id: the payment's first waiting refund, else its latest (done, or given up).
    .orderBy(sql`refunds.status = 'PENDING'`, 'desc')
    .orderBy(sql`CASE WHEN refunds.status = 'PENDING' THEN refunds.created_at END`)
    .orderBy('refunds.created_at', 'desc')
    .executeTakeFirst();

export const lockRefund = (db: Executor, id: string) =>
  db.selectFrom('refunds').select(REFUND_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const refundsOfBooking = (db: Executor, bookingId: string) =>
  db
    .selectFrom('refunds')
    .select(REFUND_COLUMNS)
    .where('booking_id', '=', bookingId)
    .orderBy('created_at')
    .execute();

export const markRefundDone = (db: Executor, id: string, done: { reference: string; at: Date }) =>
  db
    .updateTable('refunds')
    .set((eb) => ({
      status: 'SUCCEEDED',
      provider_ref: done.reference,
      refunded_at: done.at,
      error: null,
      attempts: eb('attempts', '+', 1),
      updated_at: done.at,
    }))
    .where('id', '=', id)
    .execute();

export const setRefundStatus = (db: Executor, ids: readonly string[], status: RefundsTable['status']) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.updateTable('refunds').set({ status, updated_at: new Date() }).where('id', 'in', ids).execute();

/**
 * After a refund of the payment changed: the payment's refunded total, and the status of the
 * payment and its booking, from its refunds — anything waiting wins, then a failure, then
 * refunded in full or in part.
 */
export const settlePaymentRefunds = async (db: Executor, paymentId: string, at: Date) => {
  const row = await sql<{ status: PaymentRow; bookingId: string }>`
    WITH totals AS (
      SELECT coalesce(sum(amount_minor) FILTER (WHERE status = 'SUCCEEDED'), 0) AS refunded,
             count(*) FILTER (WHERE status = 'PENDING') AS pending,
             count(*) FILTER (WHERE status = 'FAILED') AS failed
      FROM refunds WHERE payment_id = ${paymentId}
    )
    UPDATE payments SET
      refunded_minor = totals.refunded,
      status = CASE
        WHEN totals.pending > 0 THEN 'REFUND_PENDING'
        WHEN totals.failed > 0 THEN 'REFUND_FAILED'
        WHEN totals.refunded >= payments.amount_minor THEN 'REFUNDED'
        WHEN totals.refunded > 0 THEN 'PARTIALLY_REFUNDED'
        ELSE 'SUCCEEDED' END,
      updated_at = ${at}
    FROM totals WHERE payments.id = ${paymentId}
    RETURNING payments.status, payments.booking_id AS "bookingId"
  `.execute(db);
  const settled = row.rows[0];
  if (!settled) return null;
  const bookingStatus: PaymentStatus = settled.status === 'SUCCEEDED' ? 'PAID' : settled.status;
  await setBookingPaymentStatusFrom(db, { paymentId, bookingId: settled.bookingId }, bookingStatus);
  return settled.status;
};

/**
 * The booking's payment status follows this payment's, unless another payment of the booking is the
 * one that paid for it (a charge that landed late is refunded beside it, and says nothing).
 */
export const setBookingPaymentStatusFrom = (
  db: Executor,
  { paymentId, bookingId }: { paymentId: string; bookingId: string },
  status: PaymentStatus,
) =>
  db
    .updateTable('bookings')
    .set({ payment_status: status, updated_at: new Date() })
    .where('id', '=', bookingId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('payments as other')
            .select('other.id')
            .whereRef('other.booking_id', '=', 'bookings.id')
            .where('other.id', '!=', paymentId)
            .where('other.status', 'in', RECEIVED_STATUSES),
        ),
      ),
    )
    .execute();

/** Refunds of a booking that gave up (unlocked: the caller locks the booking first). */
export const failedRefundIdsOfBooking = (db: Executor, bookingId: string) =>
  db
    .selectFrom('refunds')
    .select(['refunds.id', 'refunds.booking_id as bookingId'])
    .where('refunds.booking_id', '=', bookingId)
    .where('refunds.status', '=', 'FAILED')
    .orderBy('refunds.created_at')
    .execute();

/** Refunds of the event's bookings that gave up (unlocked: the caller locks each booking first). */
export const failedRefundIdsOfEvent = (db: Executor, eventId: string) =>
  db
    .selectFrom('refunds')
    .innerJoin('bookings', 'bookings.id', 'refunds.booking_id')
    .select(['refunds.id', 'refunds.booking_id as bookingId'])
    .where('bookings.event_id', '=', eventId)
    .where('refunds.status', '=', 'FAILED')
    .orderBy('refunds.booking_id')
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

/** The payment's last refund reference and time, and one more attempt (its status is settled from its refunds). */
export const markPaymentRefunded = (db: Executor, id: string, refund: { reference: string; at: Date }) =>
  db
    .updateTable('payments')
    .set((eb) => ({
      refund_ref: refund.reference,
      refunded_at: refund.at,
      refund_error: null,
      refund_attempts: eb('refund_attempts', '+', 1),
      updated_at: refund.at,
    }))
    .where('id', '=', id)
    .execute();

/** A failed attempt is counted and its error kept (on the refund and its payment), whatever state they are in by now. */
export const recordRefundFailure = async (
  db: Executor,
  refund: { id: string; paymentId: string },
  error: string,
) => {
  await db
    .updateTable('refunds')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), error, updated_at: new Date() }))
    .where('id', '=', refund.id)
    .where('status', '=', 'PENDING')
    .execute();
  await db
    .updateTable('payments')
    .set((eb) => ({
      refund_attempts: eb('refund_attempts', '+', 1),
      refund_error: error,
      updated_at: new Date(),
    }))
    .where('id', '=', refund.paymentId)
    .where('status', '=', 'REFUND_PENDING')
    .execute();
};

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
