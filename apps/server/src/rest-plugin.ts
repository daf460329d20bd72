import {
  type ApiDeps,
  callRest,
  createContext,
  createOpenApiDocument,
  createRestRoutes,
  REST_BASE_PATH,
  type RestErrorBody,
} from '@reserva/api';
import type { FastifyError, FastifyInstance } from 'fastify';
import { requestInfo } from './trpc-plugin.js';

export interface RestPluginOptions {
  deps: ApiDeps;
  cookieSecure: boolean;
}

export const OPENAPI_PATH = '/api/openapi.json';

/**
 * REST under `/api/v1`, generated from the procedures that declare `meta.openapi`: the same
 * context (session cookie or bearer API key), middleware (Origin check on cookie mutations, roles,
 * error mapping) and zod schemas as `/trpc`, answered with `{ error: { code, message, field } }`
 * on failure. The OpenAPI 3.1 document is built once at start and served at `/api/openapi.json`.
 */
export async function registerRest(app: FastifyInstance, options: RestPluginOptions): Promise<void> {
  // Relative to the document, so it is right behind any host or proxy.
  const document = createOpenApiDocument({ serverUrl: '' });
  const documentJson = JSON.stringify(document);
  const routes = createRestRoutes(document);

  app.get(OPENAPI_PATH, (_req, reply) =>
    reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(documentJson),
  );

  await app.register(async (scope) => {
    // A body Fastify cannot read (bad JSON, wrong type) gets our error body, not Fastify's.
    scope.setErrorHandler((error: FastifyError, _req, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) reply.log.error({ err: error }, 'REST request failed');
      const body: RestErrorBody = {
        error: {
          code:
            status === 415
              ? 'UNSUPPORTED_MEDIA_TYPE'
              : status === 413
                ? 'PAYLOAD_TOO_LARGE'
                : status === 500
                  ? 'INTERNAL_SERVER_ERROR'
                  : 'BAD_REQUEST',
          message:
            status === 500
              ? 'Something went wrong on our side'
              : `The request body could not be read: ${error.message}`,
          field: null,
        },
      };
      return reply.code(status).send(body);
    });
    scope.all(`${REST_BASE_PATH}/*`, async (req, reply) => {
      const signal = new AbortController();
      reply.raw.once('close', () => {
        if (!reply.raw.writableFinished) signal.abort();
      });
      const url = new URL(req.url, 'http://localhost');
      const answer = await callRest(
        routes,
        {
          method: req.method,
          path: url.pathname.slice(REST_BASE_PATH.length),
          query: req.query as Record<string, string | string[] | undefined>,
          body: req.body,
        },
        () => createContext(options.deps, requestInfo(req, reply, options.cookieSecure)),
        signal.signal,
      );
      if (answer.internalError)
        req.log.error({ err: answer.internalError.cause ?? answer.internalError }, 'REST procedure failed');
      return reply.code(answer.status).header('cache-control', 'no-store').send(answer.body);
    });
  });
}
