import type { Db } from '@reserva/db';
import PgBoss from 'pg-boss';
import type { CardGateway } from '../payments/provider.js';
import { DEFAULT_REFUND_RETRY, type RefundRetryPolicy } from '../services/refunds/refund-queue.js';
import { type Sweep, sweepFinishedCoworking, sweepNoShows } from '../services/sweeps.service.js';
import type { WorkerLogger } from './logger.js';
import { ensureRefundQueues, type RefundWorkOptions, workRefunds } from './refund-jobs.js';

export type { WorkerLogger } from './logger.js';

export interface Worker {
  /** Stops taking jobs, lets running ones finish (up to a timeout), then closes the queue's connections. */
  stop(): Promise<void>;
}

/** Every scheduled job: its queue, its cron (UTC), and the sweep it runs. */
export const SCHEDULED_SWEEPS: readonly { queue: string; cron: string; run: Sweep }[] = [
  { queue: 'sweep-no-shows', cron: '* * * * *', run: sweepNoShows },
  { queue: 'sweep-finished-coworking', cron: '* * * * *', run: sweepFinishedCoworking },
];

export interface RefundWorkerOptions extends RefundWorkOptions, Partial<RefundRetryPolicy> {}

export interface StartWorkerOptions {
  db: Db;
  url: string;
  logger: WorkerLogger;
  /** Where refunds go: the same gateway the API charges through. */
  cardGateway: CardGateway;
  /** Refund retry policy and polling; production defaults (8 retries, backoff from 10 s) when omitted. */
  refunds?: RefundWorkerOptions;
}

const refundRetryOf = (options: RefundWorkerOptions = {}): RefundRetryPolicy => ({
  retryLimit: options.retryLimit ?? DEFAULT_REFUND_RETRY.retryLimit,
  retryDelaySeconds: options.retryDelaySeconds ?? DEFAULT_REFUND_RETRY.retryDelaySeconds,
  retryBackoff: options.retryBackoff ?? DEFAULT_REFUND_RETRY.retryBackoff,
  expireInSeconds: options.expireInSeconds ?? DEFAULT_REFUND_RETRY.expireInSeconds,
});

/**
 * Installs pg-boss's schema and creates every queue the API sends to, without working any job: for
 * processes that run with the worker off, so `admin.events.cancel` can still queue refunds.
 */
export async function ensureJobQueues({
  url,
  refunds,
}: {
  url: string;
  refunds?: Partial<RefundRetryPolicy>;
}): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  await boss.start();
  try {
    await ensureRefundQueues(boss, refundRetryOf(refunds));
  } finally {
    await boss.stop({ graceful: false });
  }
}

/**
 * The background worker (pg-boss, in the `pgboss` schema of our database). Every process may run
 * one: pg-boss sends each scheduled job once per minute whatever the number of processes, the
 * sweeps skip bookings another process is changing, and refunds are idempotent per payment.
 */
export async function startWorker({
  db,
  url,
  logger,
  cardGateway,
  refunds,
}: StartWorkerOptions): Promise<Worker> {
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  try {
    for (const { queue, cron, run } of SCHEDULED_SWEEPS) {
      // A send to a queue that does not exist is dropped silently, so every queue is created first.
      await boss.createQueue(queue);
      await boss.schedule(queue, cron, {}, { retryLimit: 0, expireInSeconds: 120 });
      await boss.work(queue, async () => {
        try {
          const changed = await run({ db, now: new Date() });
          if (changed > 0) logger.info({ queue, changed }, 'bookings swept');
        } catch (error) {
          // The next minute's job tries again; the failure must still reach the logs.
          logger.error({ err: error, queue }, 'sweep failed');
          throw error;
        }
      });
    }
    await ensureRefundQueues(boss, refundRetryOf(refunds));
    await workRefunds({ boss, db, cardGateway, logger, options: refunds });
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
