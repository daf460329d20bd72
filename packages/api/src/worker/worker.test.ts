import { useTestDatabase } from '@reserva/db/testing';
import PgBoss from 'pg-boss';
import { afterAll, describe, expect, it } from 'vitest';
import { createChangeFeed } from '../live/change-feed.js';
import { createSimulatedCardGateway } from '../payments/simulated-card-gateway.js';
import { insertBooking, minutesLater, statusOf } from '../routers/staff/fixtures.js';
import { insertVenue } from '../test-fixtures.js';
import { SCHEDULED_SWEEPS, startWorker } from './index.js';

const database = await useTestDatabase();
const logged: { level: string; object: object; message?: string | undefined }[] = [];
const logger = {
  info: (object: object, message?: string) => logged.push({ level: 'info', object, message }),
  error: (object: object, message?: string) => logged.push({ level: 'error', object, message }),
};

/** A second pg-boss on the same database, as another server process (or an operator) would have. */
const observer = new PgBoss({ connectionString: database.url, max: 2, supervise: false, schedule: false });
afterAll(() => observer.stop({ graceful: false }));

async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('startWorker', () => {
  it('creates every queue, schedules the sweeps, runs them, and stops', async () => {
    const venueId = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
    const start = minutesLater(new Date(), -30);
    const late = await insertBooking(database, {
      venueId,
      status: 'CONFIRMED',
      start,
      end: minutesLater(start, 90),
    });

    const worker = await startWorker({
      db: database.db,
      url: database.url,
      logger,
      cardGateway: createSimulatedCardGateway(database.db),
      feed: createChangeFeed(database.db, { url: database.url }),
    });
    try {
      await observer.start();
      for (const { queue } of SCHEDULED_SWEEPS) expect(await observer.getQueue(queue)).not.toBeNull();
      const schedules = await observer.getSchedules();
      expect(
        schedules.map(({ name, cron }) => ({ name, cron })).sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual([
        { name: 'prune-change-feed', cron: '17 * * * *' },
        { name: 'prune-idempotency-keys', cron: '23 * * * *' },
        { name: 'prune-rate-limits', cron: '23 * * * *' },
        { name: 'sweep-finished-coworking', cron: '* * * * *' },
        { name: 'sweep-no-shows', cron: '* * * * *' },
      ]);

      // Starting sends this minute's jobs at once; a job sent by hand is swept the same way.
      expect(await observer.send('sweep-no-shows', {})).not.toBeNull();
      await eventually(async () => (await statusOf(database, late.id)) === 'NO_SHOW');
      await eventually(async () => logged.some((entry) => entry.message === 'swept'));
      expect(logged.filter((entry) => entry.level === 'error')).toEqual([]);
    } finally {
      await worker.stop();
    }
    // Once stopped it takes no more jobs.
    const again = await insertBooking(database, {
      venueId,
      status: 'CONFIRMED',
      start,
      end: minutesLater(start, 90),
    });
    await observer.send('sweep-no-shows', {});
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await statusOf(database, again.id)).toBe('CONFIRMED');
  });
});
