import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import type { ApiDeps } from '@reserva/api';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type PoolCounts, registerHealth } from './health.js';
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
  /** The database pool, whose connections `/readyz` counts. */
  pool?: PoolCounts;
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

  registerHealth(app, options.deps.db, options.pool);
  await registerTrpc(app, { deps: options.deps, cookieSecure: options.cookieSecure });
  await registerStaticApps(app);
  return app;
}
