import { createChangeFeed, ensureJobQueues, startWorker } from '@reserva/api';
import { migrateToLatest } from '@reserva/db';
import { buildServer } from './app.js';
import { scheduleBackups } from './backups.js';
import { printBanner } from './banner.js';
import { createCardGateway, midtransConfigOf } from './card-gateway.js';
import { openDatabase } from './database.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';
import { demoLoginsInUse, seedIfEmpty, shouldSeedDemo } from './seeding.js';

const env = loadEnv();
const logger = createLogger(env);

async function main() {
  const database = await openDatabase(env, logger);
  const { db } = database.handle;
  // Sessions of their own (LISTEN, the job queue's locks) go straight to PostgreSQL.
  const { db: directDb, url } = database.direct;
  const applied = await migrateToLatest(directDb);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
  if (shouldSeedDemo(env, database.embedded !== null) && (await seedIfEmpty(db))) {
    logger.info('demo data loaded into the empty database');
  }

  const backupsOn =
    env.BACKUP_SCHEDULE === 'daily' || (env.BACKUP_SCHEDULE === 'auto' && database.embedded !== null);
  const backups = backupsOn
    ? scheduleBackups({ db, dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP, logger })
    : null;

  const feed = createChangeFeed(db, { url, logger });
  // Sweeps (no-shows, finished desks) run in every process that has the worker on; pg-boss makes sure
  // each scheduled run happens once across all of them.
  const midtrans = midtransConfigOf(env);
  const cardGateway = createCardGateway(db, midtrans, env.GATEWAY_FAILURE_RATE);
  if (midtrans) logger.info({ apiUrl: midtrans.apiUrl }, 'cards are charged through Midtrans');
  const worker = env.RESERVA_WORKER
    ? await startWorker({ db: directDb, url, logger, cardGateway, feed })
    : null;
  // Cancelling an event queues refund jobs in its transaction: the queues must exist even in a
  // process that runs no worker.
  if (!worker) await ensureJobQueues({ db: directDb, url });
  const publicUrl = env.PUBLIC_URL;
  const app = await buildServer({
    deps: {
      db,
      feed,
      cardGateway,
      config: {
        allowedOrigins: [...env.ALLOWED_ORIGINS, ...(publicUrl ? [new URL(publicUrl).origin] : [])],
        manageLinkSecret: env.RESERVA_SECRET,
      },
    },
    logger,
    cookieSecure: env.COOKIE_SECURE ?? publicUrl?.startsWith('https:') ?? false,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    pool: database.handle.pool,
    metricsToken: env.METRICS_TOKEN,
    midtransServerKey: midtrans?.serverKey,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => process.exit(1), 15_000).unref();
    try {
      // Ends the live streams first, so open SSE connections do not hold the server open.
      backups?.stop();
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
