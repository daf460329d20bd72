import { createChangeFeed, createSimulatedCardGateway, type SimulatedGatewayOptions } from '@reserva/api';
import type { TestDatabase } from '@reserva/db/testing';
import { buildServer, type ServerOptions } from './app.js';

/**
 * For tests that talk HTTP as an outside app would: the real Fastify server on a test database,
 * listening on a free loopback port.
 */
export async function startTestServer(
  database: TestDatabase,
  options: {
    rateLimitPerMinute?: number;
    logger?: ServerOptions['logger'];
    gateway?: SimulatedGatewayOptions;
  } = {},
) {
  const feed = createChangeFeed(database.db, { url: database.url });
  const app = await buildServer({
    deps: {
      db: database.db,
      feed,
      cardGateway: createSimulatedCardGateway(database.db, options.gateway),
      config: { allowedOrigins: [] },
    },
    logger: options.logger ?? false,
    cookieSecure: false,
    trustProxy: false,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    pool: database.pool,
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
    feed,
    async close() {
      await feed.close();
      await app.close();
    },
  };
}

export { freePort, type ServerProcess, startServerProcess } from './server-process.js';
