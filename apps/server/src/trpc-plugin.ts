import { type ApiDeps, type AppRouter, appRouter, createContext, type RequestInfo } from '@reserva/api';
import { SESSION_COOKIE } from '@reserva/auth';

import {
  type CreateFastifyContextOptions,
  type FastifyTRPCPluginOptions,
  fastifyTRPCPlugin,
} from '@trpc/server/adapters/fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const HOLD_COOKIE = 'reserva_hold';

export interface TrpcPluginOptions {
  deps: ApiDeps;
  cookieSecure: boolean;
}

function requestInfo(req: FastifyRequest, res: FastifyReply, cookieSecure: boolean): RequestInfo {
  const authorization = req.headers.authorization;
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure } as const;
  return {
    ip: req.ip,
    origin: req.headers.origin,
    host: req.headers.host,
    sessionToken: req.cookies[SESSION_COOKIE],
    bearerToken: authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined,
    setSessionCookie: (token, expiresAt) =>
      res.setCookie(SESSION_COOKIE, token, { ...cookie, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookie),
    holdToken: req.cookies[HOLD_COOKIE],
    setHoldCookie: (token, expiresAt) => res.setCookie(HOLD_COOKIE, token, { ...cookie, expires: expiresAt }),
    clearHoldCookie: () => res.clearCookie(HOLD_COOKIE, cookie),
  };
}

export async function registerTrpc(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }: CreateFastifyContextOptions) =>
        createContext(options.deps, requestInfo(req, res, options.cookieSecure)),
      onError: ({ error, path, type }) => {
        // Client mistakes are answered, not logged as failures; only our own faults are errors.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path, type }, 'procedure failed');
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);
}
