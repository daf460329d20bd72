import { createChangeFeed, createSimulatedCardGateway, ensureJobQueues, startWorker } from '@reserva/api';
import { migrateToLatest } from '@reserva/db';
import { buildServer } from './app.js';
import { printBanner } from './banner.js';
import { openDatabase } from './database.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { demoLoginsInUse, seedIfEmpty, shouldSeedDemo } from './seeding.js';

const env = loadEnv();
const logger = createLogger(env);

async function main() {
  const database = await openDatabase(env, logger);
  const { db, url } = database.handle;
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (shouldSeedDemo(env, database.embedded !== null) && (await seedIfEmpty(db))) {
    logger.info('demo data loaded into the empty database');
  }

  const feed = createChangeFeed(db, { url, logger });
  // Sweeps (no-shows, finished desks) run in every process that has the worker on; pg-boss makes sure
  // each scheduled run happens once across all of them.
  const cardGateway = createSimulatedCardGateway(db, { transientFailureRate: env.GATEWAY_FAILURE_RATE });
  const worker = env.RESERVA_WORKER ? await startWorker({ db, url, logger, cardGateway, feed }) : null;
  // Cancelling an event queues refund jobs in its transaction: the queues must exist even in a
  // process that runs no worker.
  if (!worker) await ensureJobQueues({ db, url });
  const publicUrl = env.PUBLIC_URL;
  const app = await buildServer({
    deps: {
      db,
      feed,
      cardGateway,
      config: { allowedOrigins: [...env.ALLOWED_ORIGINS, ...(publicUrl ? [new URL(publicUrl).origin] : [])] },
    },
    logger,
    cookieSecure: env.COOKIE_SECURE ?? publicUrl?.startsWith('https:') ?? false,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    pool: database.handle.pool,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      // Ends the live streams first, so open SSE connections do not hold the server open.
      await feed.close();
      await app.close();
      await worker?.stop();
      await database.close();
      clearTimeout(forced);
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'unclean shutdown');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: env.PORT, host: env.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  printBanner({
    baseUrl: publicUrl ?? `http://localhost:${port}`,
    database: database.embedded ? `embedded PostgreSQL in ${env.EMBEDDED_PG_DIR}` : 'DATABASE_URL',
    demoLogins: env.NODE_ENV === 'production' ? [] : await demoLoginsInUse(db),
  });
}

main().catch((error) => {
  logger.fatal({ err: error }, 'Reserva could not start');
  process.exit(1);
});
