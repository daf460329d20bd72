import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import { type ApiDeps, MAX_CALLS_PER_BATCH } from '@reserva/api';
import type { DatabaseHandle } from '@reserva/db';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerApiDocs } from './api-docs.js';
import { registerCalendarFeeds } from './calendar-feeds.js';
import { type PoolCounts, registerHealth } from './health.js';
import { registerMetrics } from './metrics/metrics.js';
import { registerMidtransNotifications } from './midtrans-notification-route.js';
import { registerRequestIds, requestIdOf } from './request-id.js';
import { registerRest } from './rest-plugin.js';
import { registerSecurityHeaders } from './security-headers.js';
import { registerStaticApps } from './static-apps.js';
import { registerTrpc } from './trpc-plugin.js';

export interface ServerOptions {
  deps: ApiDeps;
  logger: FastifyServerOptions['loggerInstance'] | false;
  cookieSecure: boolean;
  trustProxy: boolean;
  /** Requests per minute per client address over the whole API; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Calls one tRPC batch may carry (default 10); tests raise it to show limits count each call. */
  maxBatchSize?: number;
  /** The pool behind `deps.db`: `/metrics` reports it, `/readyz` counts its connections. */
  pool?: DatabaseHandle['pool'];
  /** Turns `/metrics` on, for scrapes that send it as a bearer token. */
  metricsToken?: string | undefined;
  /** Set when Midtrans charges cards: its notifications are verified with this server key. */
  midtransServerKey?: string | undefined;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy,
    routerOptions: { maxParamLength: 5000 },
    genReqId: requestIdOf,
  }) as unknown as FastifyInstance;

  registerRequestIds(app);
  registerSecurityHeaders(app);
  if (options.pool)
    registerMetrics(app, { deps: options.deps, pool: options.pool, token: options.metricsToken });
  await app.register(fastifyCookie);
  if (options.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: '1 minute',
      allowList: (req) => !req.url.startsWith('/trpc') && !req.url.startsWith('/api/'),
    });
  }

  registerHealth(app, options.deps.db, options.pool);
  if (options.midtransServerKey) registerMidtransNotifications(app, options.deps, options.midtransServerKey);
  await registerTrpc(app, {
    deps: options.deps,
    cookieSecure: options.cookieSecure,
    maxBatchSize: options.maxBatchSize ?? MAX_CALLS_PER_BATCH,
  });
  await registerRest(app, { deps: options.deps, cookieSecure: options.cookieSecure });
  registerApiDocs(app);
  registerCalendarFeeds(app, options.deps);
  await registerStaticApps(app);
  return app;
}
