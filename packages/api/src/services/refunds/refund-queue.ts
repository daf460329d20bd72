import type { RefundsTable } from '@reserva/db';
import PgBoss from 'pg-boss';
import type { Executor } from '../../repositories/bookings.repository.js';
import {
  findRefundByKey,
  insertQueuedRefund,
  type JobConnection,
  jobConnection,
} from '../../repositories/refunds.repository.js';
import type { HistoryActor } from '../actor.js';

/** One job per payment to refund; its data is `{ paymentId }`. */
export const REFUND_QUEUE = 'refund-payment';
/** Where pg-boss moves a refund job whose retries are spent (or that timed out on its last try). */
export const REFUND_GIVEN_UP_QUEUE = 'refund-payment-failed';

export interface RefundJob {
  paymentId: string;
  /** The refund row to do; jobs queued before migration 0007 name only the payment. */
  refundId?: string;
}

/**
 * How refund jobs retry. It lives on the queue (the worker sets it at start): pg-boss 10 copies a
 * queue's retry settings into each job it inserts, so the transaction that sends a job does not
 * need to know them, and tests can shorten them through `startWorker`.
 */
export interface RefundRetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  /** A job still running after this long counts as failed (its worker died) and is retried. */
  expireInSeconds: number;
}

/** 8 retries with exponential backoff from 10 s: the last try comes roughly 45–90 minutes in. */
export const DEFAULT_REFUND_RETRY: RefundRetryPolicy = {
  retryLimit: 8,
  retryDelaySeconds: 10,
  retryBackoff: true,
  expireInSeconds: 120,
};

// Only ever sends through the caller's connection; this instance never opens one of its own.
let sender: PgBoss | undefined;
const jobSender = () =>
  (sender ??= new PgBoss({
    db: {
      executeSql: () => Promise.reject(new Error('Refund jobs are sent through the caller’s transaction')),
    },
  }));

const isMissingRelation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '42P01';

/**
 * Sends one refund job on the caller's transaction (see `jobConnection`): it exists if and only if
 * that transaction commits. The payment id is the job's singleton key, so its jobs are easy to find.
 */
export async function enqueueRefund(connection: JobConnection, job: RefundJob): Promise<void> {
  const { paymentId } = job;
  let id: string | null;
  try {
    id = await jobSender().send(REFUND_QUEUE, job, {
      db: connection,
      singletonKey: paymentId,
    });
  } catch (error) {
    if (isMissingRelation(error)) throw missingQueue();
    throw error;
  }
  // pg-boss answers null, without an error, when the queue does not exist.
  if (!id) throw missingQueue();
}

const missingQueue = () =>
  new Error(
    `The "${REFUND_QUEUE}" job queue does not exist yet: start a worker (or call ensureJobQueues) first`,
  );

/**
 * Queues one refund of `amountMinor` of a received payment in the caller's transaction: the refund
 * row, the payment and its booking REFUND_PENDING, the history note (one statement) and the job —
 * all or nothing with the transaction. The same idempotency key twice answers the first refund.
 */
export async function queueRefund(
  trx: Executor,
  {
    payment,
    amountMinor,
    cause,
    reason,
    idempotencyKey,
    actor,
    note,
  }: {
    payment: { id: string; bookingId: string; currency: string };
    amountMinor: number;
    cause: RefundsTable['cause'];
    reason: string | null;
    idempotencyKey: string;
    actor: HistoryActor;
    /** What the booking's history says about it. */
    note: string;
  },
) {
  const queued = await insertQueuedRefund(trx, {
    paymentId: payment.id,
    bookingId: payment.bookingId,
    amountMinor,
    currency: payment.currency,
    cause,
    reason,
    idempotencyKey,
    requestedBy: actor.userId,
    requestedLabel: actor.label,
    note,
  });
  if (!queued) return { id: (await findRefundByKey(trx, idempotencyKey))!.id, amountMinor, queued: false };
  await enqueueRefund(jobConnection(trx), { paymentId: payment.id, refundId: queued.id });
  return { id: queued.id, amountMinor, queued: true };
}
