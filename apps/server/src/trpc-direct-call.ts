import type { IncomingHttpHeaders } from 'node:http';
import type { AnyTRPCRouter, TRPCError } from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import {
  getErrorShape,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  type ProcedureType,
  transformTRPCResponse,
} from '@trpc/server/unstable-core-do-not-import';

export interface DirectCallRequest<TContext> {
  router: AnyTRPCRouter;
  method: string;
  /** The procedure path from the URL, or several joined by commas in a batch. */
  path: string;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** The body as text (POST). */
  body: unknown;
  signal: AbortSignal;
  createContext: () => Promise<TContext>;
  /** A batch of more calls is left to `resolveResponse`, which refuses it whole. */
  maxBatchSize: number;
  onError: (opts: { error: TRPCError; path: string; type: ProcedureType }) => void;
}

export interface DirectAnswer {
  status: number;
  /** The JSON text of the answer. */
  body: string;
}

/** Headers every JSON answer of tRPC carries. */
export const DIRECT_ANSWER_HEADERS = { 'content-type': 'application/json', vary: 'trpc-accept, accept' };

/**
 * Plain JSON calls — one procedure or a batch, queries by GET and mutations by POST, answered in
 * one JSON body — are nearly all of the API's traffic. tRPC's `resolveResponse` answers them
 * through a Fetch `Request` and `Response` per call, which cost the server more CPU than a
 * booking's own rules (bench/README.md). This answers them by calling the procedures, with tRPC's
 * own error shapes, status codes and headers; `trpc-direct-call.test.ts` holds its answers equal
 * to `resolveResponse`'s, so an upgrade of tRPC that changes the protocol fails a test.
 *
 * Returns null, before anything has run, for every other request — subscriptions, streamed
 * batches, batches over the size limit, other content types, a body that is not JSON, an unknown
 * procedure, the wrong method —
 * and `resolveResponse` answers it.
 */
export async function answerDirectly<TContext>(
  request: DirectCallRequest<TContext>,
): Promise<DirectAnswer | null> {
  const { router, method, headers } = request;
  if (method !== 'GET' && method !== 'POST') return null;
  if (headers['trpc-accept'] !== undefined || headers.accept?.includes('application/jsonl')) return null;
  const contentType = headers['content-type'];
  if (method === 'POST' ? !contentType?.startsWith('application/json') : contentType !== undefined)
    return null;
  // A parameter given twice is read differently by Fastify (a list) and by tRPC (the first).
  const { batch, input: queryInput } = request.query;
  if (Array.isArray(batch) || Array.isArray(queryInput)) return null;

  const config = router._def._config;
  const isBatch = batch === '1';
  const paths = decodedPaths(request.path, isBatch);
  const sent = paths && sentInputs(method === 'GET' ? queryInput : request.body, method, isBatch);
  if (!paths || !sent || paths.length > request.maxBatchSize) return null;
  const inputs = paths.map((_, index) =>
    sent[index] === undefined ? undefined : config.transformer.input.deserialize(sent[index]),
  );

  const procedures = await Promise.all(paths.map((path) => getProcedureAtPath(router, path)));
  const type = procedures[0]?._def.type;
  if (!type || type === 'subscription' || (type === 'query') !== (method === 'GET')) return null;
  if (procedures.some((procedure) => procedure?._def.type !== type)) return null;

  const context = await request.createContext().then(
    (ctx) => ({ ctx, error: null }),
    (cause: unknown) => ({ ctx: undefined, error: getTRPCErrorFromUnknown(cause) }),
  );
  const responses = await Promise.all(
    paths.map(async (path, index) => {
      const input = inputs[index];
      try {
        if (context.error) throw context.error;
        const data = await procedures[index]!({
          path,
          getRawInput: async () => input,
          ctx: context.ctx,
          type,
          signal: request.signal,
          batchIndex: index,
        });
        // Our queries and mutations answer plain data, never a stream, which only a streamed
        // batch (left to resolveResponse) could carry.
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        request.onError({ error, path, type });
        return { error: getErrorShape({ config, ctx: context.ctx, error, input, path, type }) };
      }
    }),
  );
  const json = isBatch ? responses : responses[0]!;
  return { status: getHTTPStatusCode(json), body: JSON.stringify(transformTRPCResponse(config, json)) };
}

function decodedPaths(path: string, isBatch: boolean): string[] | null {
  try {
    const decoded = decodeURIComponent(path);
    return isBatch ? decoded.split(',') : [decoded];
  } catch {
    return null;
  }
}

/** The inputs sent, by call index, as tRPC reads them; null when unreadable. */
function sentInputs(raw: unknown, method: string, isBatch: boolean): Record<number, unknown> | null {
  if (raw === undefined || raw === '') return method === 'GET' ? {} : null;
  if (typeof raw !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isBatch) return { 0: parsed };
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<number, unknown>)
    : null;
}
