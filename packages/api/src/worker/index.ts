import type { Db } from '@reserva/db';
import PgBoss from 'pg-boss';
import { type Sweep, sweepFinishedCoworking, sweepNoShows } from '../services/sweeps.service.js';

export interface WorkerLogger {
  info(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface Worker {
  /** Stops taking jobs, lets running ones finish (up to a timeout), then closes the queue's connections. */
  stop(): Promise<void>;
}

/** Every scheduled job: its queue, its cron (UTC), and the sweep it runs. */
export const SCHEDULED_SWEEPS: readonly { queue: string; cron: string; run: Sweep }[] = [
  { queue: 'sweep-no-shows', cron: '* * * * *', run: sweepNoShows },
  { queue: 'sweep-finished-coworking', cron: '* * * * *', run: sweepFinishedCoworking },
];

/**
 * The background worker (pg-boss, in the `pgboss` schema of our database). Every process may run
 * one: pg-boss sends each scheduled job once per minute whatever the number of processes, and the
 * sweeps themselves skip bookings another process is changing.
 */
export async function startWorker({
  db,
  url,
  logger,
}: {
  db: Db;
  url: string;
  logger: WorkerLogger;
}): Promise<Worker> {
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
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }
  return { stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
