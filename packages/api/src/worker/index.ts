import { type Db, outageReporter } from '@reserva/db';
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import type { ChangeFeed } from '../live/change-feed.js';
import type { CardGateway } from '../payments/provider.js';
import { expireStaleHolds } from '../services/holds/expire-holds.js';
import { pruneOldIdempotencyKeys } from '../services/idempotency/prune-idempotency-keys.js';
import {
  DEFAULT_RECONCILE_AFTER_SECONDS,
  reconcilePendingPayments,
} from '../services/payments/reconcile-payments.js';
import { pruneRateLimits } from '../services/rate-limit.service.js';
import { DEFAULT_REFUND_RETRY, type RefundRetryPolicy } from '../services/refunds/refund-queue.js';
import {
  pruneChangeFeed,
  type Sweep,
  sweepFinishedCoworking,
  sweepNoShows,
} from '../services/sweeps.service.js';
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
  { queue: 'prune-change-feed', cron: '17 * * * *', run: pruneChangeFeed },
  { queue: 'prune-rate-limits', cron: '23 * * * *', run: pruneRateLimits },
  { queue: 'prune-idempotency-keys', cron: '23 * * * *', run: pruneOldIdempotencyKeys },
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
  /** Where freed seats are announced when stale holds expire. */
  feed: ChangeFeed;
  /** How often stale holds are expired; cron's one minute is too coarse for ten-minute holds. */
  holdSweepIntervalMs?: number;
  /** The reconciler of card payments left PENDING (a process died mid-checkout); see reconcilePendingPayments. */
  reconcile?: { intervalMs?: number; olderThanSeconds?: number };
  /** How often pg-boss looks for jobs whose worker died (pg-boss's default: 2 minutes). */
  maintenanceIntervalSeconds?: number;
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
  db,
  url,
  refunds,
}: {
  db: Db;
  url: string;
  refunds?: Partial<RefundRetryPolicy>;
}): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false });
  // Failures reach the calls awaited below; unheard, pg-boss's 'error' event would end the process.
  boss.on('error', () => {});
  await oneProcessAtATime(db, async () => {
    await boss.start();
    await ensureRefundQueues(boss, refundRetryOf(refunds));
  }).finally(() => boss.stop({ graceful: false }));
}

/**
 * Setting up pg-boss (its schema, queues and schedules) from two processes at the same moment can
 * deadlock inside pg-boss; a session advisory lock makes processes that start together take turns.
 */
function oneProcessAtATime<T>(db: Db, setup: () => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(hashtext('reserva:job-queue-setup'))`.execute(connection);
    try {
      return await setup();
    } finally {
      await sql`SELECT pg_advisory_unlock(hashtext('reserva:job-queue-setup'))`.execute(connection);
    }
  });
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
  feed,
  holdSweepIntervalMs = 5_000,
  reconcile = {},
  maintenanceIntervalSeconds,
}: StartWorkerOptions): Promise<Worker> {
  const boss = new PgBoss({
    connectionString: url,
    max: 4,
    ...(maintenanceIntervalSeconds ? { maintenanceIntervalSeconds } : {}),
  });
  let stopping = false;
  // pg-boss keeps polling while the database is away and carries on when it is back; an outage
  // is one warning, not one error per poll.
  const report = outageReporter(logger);
  // pg-boss's connections may still be ending when PostgreSQL stops after it: not an error then.
  boss.on('error', (error) => {
    if (!stopping) report(error, 'job queue error');
  });
  try {
    await oneProcessAtATime(db, async () => {
      await boss.start();
      for (const { queue, cron } of SCHEDULED_SWEEPS) {
        // A send to a queue that does not exist is dropped silently, so every queue is created first.
        await boss.createQueue(queue);
        await boss.schedule(queue, cron, {}, { retryLimit: 0, expireInSeconds: 120 });
      }
      await ensureRefundQueues(boss, refundRetryOf(refunds));
    });
    for (const { queue, run } of SCHEDULED_SWEEPS) {
      await boss.work(queue, async () => {
        try {
          const changed = await run({ db, now: new Date() });
          if (changed > 0) logger.info({ queue, changed }, 'swept');
        } catch (error) {
          // The next minute's job tries again; the failure must still reach the logs.
          report(error, 'sweep failed', { queue });
          throw error;
        }
      });
    }
    await workRefunds({ boss, db, cardGateway, logger, options: refunds });
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  const holdSweeper = every(holdSweepIntervalMs, report, 'hold expiry failed', async () => {
    const expired = await expireStaleHolds({ db, feed, now: new Date() });
    if (expired > 0) logger.info({ expired }, 'stale holds expired');
  });
  const reconciler = every(
    reconcile.intervalMs ?? 30_000,
    report,
    'payment reconciliation failed',
    async () => {
      const result = await reconcilePendingPayments({
        db,
        feed,
        cardGateway,
        olderThanSeconds: reconcile.olderThanSeconds ?? DEFAULT_RECONCILE_AFTER_SECONDS,
      });
      if (result.checked > 0) logger.info(result, 'pending payments reconciled');
    },
  );
  return {
    stop: async () => {
      stopping = true;
      await holdSweeper.stop();
      await reconciler.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Runs `task` every `intervalMs` in this worker process, never two at once. Safe in every process at
 * once: the hold sweep skips holds another process has locked, and settling a payment re-checks it
 * under its row lock. (Cron's one minute is too coarse for ten-minute holds.)
 */
function every(
  intervalMs: number,
  report: ReturnType<typeof outageReporter>,
  failure: string,
  task: () => Promise<void>,
) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    // A run still waiting on a slow or absent database is not joined by another one.
    if (running) return;
    running = Promise.resolve()
      .then(task)
      .catch((error: unknown) => report(error, failure))
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
