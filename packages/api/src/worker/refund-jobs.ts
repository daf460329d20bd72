import type { Db } from '@reserva/db';
import type PgBoss from 'pg-boss';
import type { CardGateway } from '../payments/provider.js';
import { giveUpRefund, refundPayment } from '../services/refunds/refund-payment.js';
import {
  DEFAULT_REFUND_RETRY,
  REFUND_GIVEN_UP_QUEUE,
  REFUND_QUEUE,
  type RefundJob,
  type RefundRetryPolicy,
} from '../services/refunds/refund-queue.js';
import type { WorkerLogger } from './logger.js';

export interface RefundWorkOptions {
  /** Jobs fetched (and refunded concurrently) per poll. */
  batchSize?: number;
  pollingIntervalSeconds?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const paymentIdOf = (job: PgBoss.Job<RefundJob>) =>
  typeof job.data?.paymentId === 'string' && UUID.test(job.data.paymentId) ? job.data.paymentId : null;
/** The refund row a job names (jobs from before migration 0007 name none: their payment's waiting refund). */
const refundIdOf = (job: PgBoss.Job<RefundJob>) =>
  typeof job.data?.refundId === 'string' && UUID.test(job.data.refundId) ? job.data.refundId : undefined;

/**
 * Creates both refund queues with the retry policy, or brings existing ones to it: pg-boss copies
 * the queue's retry settings into every job inserted afterwards. A refund job whose retries are
 * spent, or that timed out on its last try, moves to the dead-letter queue.
 */
export async function ensureRefundQueues(boss: PgBoss, retry: RefundRetryPolicy = DEFAULT_REFUND_RETRY) {
  const options = {
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: retry.retryBackoff,
    expireInSeconds: retry.expireInSeconds,
    deadLetter: REFUND_GIVEN_UP_QUEUE,
  };
  await boss.createQueue(REFUND_GIVEN_UP_QUEUE, {
    name: REFUND_GIVEN_UP_QUEUE,
    retryLimit: 5,
    retryDelay: 5,
  });
  await boss.createQueue(REFUND_QUEUE, { name: REFUND_QUEUE, ...options });
  await boss.updateQueue(REFUND_QUEUE, { name: REFUND_QUEUE, ...options });
}

/**
 * Refund jobs, a batch at a time, each on its own: one payment's failure fails only its job (pg-boss
 * retries it with backoff), the others complete.
 */
export async function workRefunds({
  boss,
  db,
  cardGateway,
  logger,
  options = {},
}: {
  boss: PgBoss;
  db: Db;
  cardGateway: CardGateway;
  logger: WorkerLogger;
  options?: RefundWorkOptions;
}) {
  const work = {
    batchSize: options.batchSize ?? 10,
    pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
  };

  await boss.work<RefundJob>(REFUND_QUEUE, work, async (jobs) => {
    await Promise.all(
      jobs.map(async (job) => {
        const paymentId = paymentIdOf(job);
        if (!paymentId) {
          logger.error(
            { queue: REFUND_QUEUE, jobId: job.id, data: job.data },
            'refund job without a payment id',
          );
          return;
        }
        try {
          const outcome = await refundPayment({ db, cardGateway, paymentId, refundId: refundIdOf(job) });
          logger.info({ queue: REFUND_QUEUE, paymentId, outcome }, 'refund job done');
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const entry = { queue: REFUND_QUEUE, paymentId, err: error };
          // Called as methods: pino's levels need their `this`.
          if (logger.warn) logger.warn(entry, 'refund attempt failed');
          else logger.info(entry, 'refund attempt failed');
          // Only this job fails; the batch's others complete when the handler returns.
          await boss.fail(REFUND_QUEUE, job.id, { message });
        }
      }),
    );
  });

  await boss.work<RefundJob>(REFUND_GIVEN_UP_QUEUE, work, async (jobs) => {
    for (const job of jobs) {
      const paymentId = paymentIdOf(job);
      if (!paymentId) continue;
      if (await giveUpRefund({ db, paymentId, refundId: refundIdOf(job) })) {
        logger.error({ queue: REFUND_GIVEN_UP_QUEUE, paymentId }, 'refund failed after every retry');
      }
    }
  });
}
