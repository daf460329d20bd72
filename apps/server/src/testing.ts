import {
  createChangeFeed,
  createSimulatedCardGateway,
  type MidtransConfig,
  type SimulatedGatewayOptions,
} from '@reserva/api';
import type { TestDatabase } from '@reserva/db/testing';
import { buildServer, type ServerOptions } from './app.js';
import { createCardGateway } from './card-gateway.js';

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
    maxBatchSize?: number;
    /** Trust `X-Forwarded-For`, so a test can call from several addresses. */
    trustProxy?: boolean;
    metricsToken?: string;
    /** Charge cards through Midtrans (a local server speaking its API) instead of the simulation. */
    midtrans?: MidtransConfig;
  } = {},
) {
  const feed = createChangeFeed(database.db, { url: database.url });
  const app = await buildServer({
    deps: {
      db: database.db,
      feed,
      cardGateway: options.midtrans
        ? createCardGateway(database.db, options.midtrans)
        : createSimulatedCardGateway(database.db, options.gateway),
      config: { allowedOrigins: [] },
    },
    logger: options.logger ?? false,
    cookieSecure: false,
    trustProxy: options.trustProxy ?? false,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    ...(options.maxBatchSize === undefined ? {} : { maxBatchSize: options.maxBatchSize }),
    pool: database.pool,
    metricsToken: options.metricsToken,
    midtransServerKey: options.midtrans?.serverKey,
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

/** A new user with this role, signed in over HTTP as a browser would: their session cookie and id. */
export async function signInOverHttp(
  database: TestDatabase,
  serverUrl: string,
  user: { email: string; role: 'customer' | 'staff' | 'admin' },
) {
  const { insertTestUser } = await import('@reserva/api/testing');
  const created = await insertTestUser(database, { ...user, password: 'password-123' });
  const response = await fetch(`${serverUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(serverUrl).origin },
    body: JSON.stringify({ email: user.email, password: 'password-123' }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('reserva_session='))
    ?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { cookie, userId: created.id };
}

export { freePort, type ServerProcess, startServerProcess } from './server-process.js';
