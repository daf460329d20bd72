import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { ApiDeps } from '@reserva/api';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerHealth } from './health.js';
import { registerMidtransNotifications } from './midtrans-notification-route.js';
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
  /** Set when Midtrans charges cards: its notifications are verified with this server key. */
  midtransServerKey?: string | undefined;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy,
    routerOptions: { maxParamLength: 5000 },
  }) as unknown as FastifyInstance;

  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  if (options.rateLimitPerMinute > 0) {
    await app.register(fastifyRateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: '1 minute',
      allowList: (req) => !req.url.startsWith('/trpc'),
    });
  }

  registerHealth(app, options.deps.db);
  if (options.midtransServerKey) registerMidtransNotifications(app, options.deps, options.midtransServerKey);
  await registerTrpc(app, { deps: options.deps, cookieSecure: options.cookieSecure });
  await registerStaticApps(app);
  return app;
}
