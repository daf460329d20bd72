import { type ApiDeps, appRouter, createContext, type RequestInfo } from '@reserva/api';
import { SESSION_COOKIE } from '@reserva/auth';
import type { TRPCError } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { replyStatus } from './retry-after.js';
import { answerDirectly, DIRECT_ANSWER_HEADERS } from './trpc-direct-call.js';

const HOLD_COOKIE = 'reserva_hold';

export interface TrpcPluginOptions {
  deps: ApiDeps;
  cookieSecure: boolean;
  /** Calls one request may carry; a larger batch is refused whole, before any call runs. */
  maxBatchSize: number;
}

/** Answers about a person or a venue's desk: no cache (browser, proxy) may keep them. */
const PERSONAL_PATHS = /(^|,)(auth|bookings|holds|staff|admin)\./;

export function requestInfo(req: FastifyRequest, res: FastifyReply, cookieSecure: boolean): RequestInfo {
  const authorization = req.headers.authorization;
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure } as const;
  return {
    ip: req.ip,
    origin: req.headers.origin,
    host: req.headers.host,
    sessionToken: req.cookies[SESSION_COOKIE],
    bearerToken: authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined,
    idempotencyKey: req.headers['idempotency-key'] as string | undefined,
    setSessionCookie: (token, expiresAt) =>
      res.setCookie(SESSION_COOKIE, token, { ...cookie, expires: expiresAt }),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookie),
    holdToken: req.cookies[HOLD_COOKIE],
    setHoldCookie: (token, expiresAt) => res.setCookie(HOLD_COOKIE, token, { ...cookie, expires: expiresAt }),
    clearHoldCookie: () => res.clearCookie(HOLD_COOKIE, cookie),
  };
}

/** Aborted only when the client goes away before the answer. */
function abortedOnEarlyClose(reply: FastifyReply): AbortSignal {
  const aborter = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) aborter.abort();
  });
  return aborter.signal;
}

/** The Fetch API request tRPC resolves. */
function fetchRequestOf(req: FastifyRequest<{ Params: { path: string } }>, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // tRPC reads only the path and query string; a fixed origin keeps a bad Host header harmless.
  return new Request(new URL(req.url, 'http://localhost'), {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: typeof req.body === 'string' ? req.body : null } : {}),
  });
}

/**
 * `/trpc/:path`. Plain JSON calls (queries, mutations, batches of them) are answered by calling
 * the procedures directly (`trpc-direct-call.ts`); everything else — subscriptions, streamed
 * batches, anything unusual — by tRPC's own `resolveResponse`. The glue is ours rather than
 * `@trpc/server/adapters/fastify` for speed on the hot paths: a finished JSON answer goes out in
 * one write with its length (the adapter streams every answer chunked, two writes), and a request
 * is aborted only when its client leaves early (the adapter aborts every one after its answer).
 */
export async function registerTrpc(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  await app.register(async (scope) => {
    // tRPC parses the body itself; hand it over as text.
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) =>
      done(null, body),
    );
    scope.all<{ Params: { path: string } }>('/trpc/:path', async (req, reply) => {
      const signal = abortedOnEarlyClose(reply);
      if (PERSONAL_PATHS.test(req.params.path)) reply.header('cache-control', 'no-store');
      const createContextForRequest = () =>
        createContext(options.deps, requestInfo(req, reply, options.cookieSecure));
      const onError = ({
        error,
        path,
        type,
      }: {
        error: TRPCError;
        path?: string | undefined;
        type: string;
      }) => {
        // Client mistakes are answered, not logged as failures; only our own faults are errors.
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error.cause ?? error, path, type }, 'procedure failed');
      };
      const direct = await answerDirectly({
        router: appRouter,
        method: req.method,
        path: req.params.path,
        query: req.query as Record<string, unknown>,
        headers: req.headers,
        body: req.body,
        signal,
        createContext: createContextForRequest,
        maxBatchSize: options.maxBatchSize,
        onError,
      });
      if (direct) return replyStatus(reply, direct.status).headers(DIRECT_ANSWER_HEADERS).send(direct.body);

      const response = await resolveResponse({
        router: appRouter,
        req: fetchRequestOf(req, signal),
        path: req.params.path,
        error: null,
        maxBatchSize: options.maxBatchSize,
        createContext: createContextForRequest,
        onError,
      });
      replyStatus(reply, response.status);
      for (const [name, value] of response.headers) reply.header(name, value);
      const streams =
        response.headers.has('transfer-encoding') ||
        response.headers.get('content-type') !== 'application/json';
      if (streams) return reply.send(response.body);
      return reply.send(await response.text());
    });
  });
}
