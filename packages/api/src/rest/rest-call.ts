import { TRPCError } from '@trpc/server';
import {
  callProcedure,
  getErrorShape,
  getTRPCErrorFromUnknown,
} from '@trpc/server/unstable-core-do-not-import';
import { forEachOpenApiProcedure, getPathRegExp, normalizePath, type OpenAPIObject } from 'trpc-to-openapi';
import type { Context } from '../context.js';
import { appRouter } from '../router.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** How a query-string value becomes the JSON value the procedure's schema expects. */
type QueryKind = 'number' | 'boolean' | 'array' | 'string';

interface RestRoute {
  method: Method;
  pattern: RegExp;
  /** The procedure's path, e.g. `staff.bookings.confirm`. */
  path: string;
  type: 'query' | 'mutation';
  queryKinds: Record<string, QueryKind>;
}

export interface RestRequest {
  method: string;
  /** The path after `/api/v1`, e.g. `/events/…/seat-map`. */
  path: string;
  query: Record<string, string | string[] | undefined>;
  /** The parsed JSON body of a POST (or undefined). */
  body: unknown;
}

export interface RestAnswer {
  status: number;
  body: unknown;
  /** Our own fault, to be logged; never sent. */
  internalError?: TRPCError;
}

/** The error body of every REST answer that is not a success. */
export interface RestErrorBody {
  error: { code: string; message: string; field: string | null };
}

const kindOfSchema = (schema: { type?: unknown; anyOf?: unknown[] } | undefined): QueryKind => {
  if (!schema) return 'string';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'array' || schema.anyOf?.some((s) => (s as { type?: unknown }).type === 'array'))
    return 'array';
  return 'string';
};

/**
 * A query string carries text; the procedures' schemas want numbers, booleans and arrays. The
 * spec says which parameter is which, so the text is read as the spec documents it — without
 * touching the shared zod schemas (trpc-to-openapi's own adapter switches on `coerce` in them,
 * which would change what `/trpc` accepts too).
 */
function queryValue(kind: QueryKind, raw: string | string[]): unknown {
  const values = Array.isArray(raw) ? raw : [raw];
  const one = (text: string): unknown => {
    if (kind === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
    if (kind === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
    return text;
  };
  if (kind === 'array') return values.length === 1 && !Array.isArray(raw) ? values[0] : values;
  return one(values[values.length - 1] ?? '');
}

export function createRestRoutes(document: OpenAPIObject): RestRoute[] {
  const routes: RestRoute[] = [];
  forEachOpenApiProcedure(appRouter._def.procedures, ({ path, type, meta }) => {
    if (type === 'subscription') return;
    const openapiPath = normalizePath(meta.openapi.path);
    const operation = document.paths?.[openapiPath]?.[meta.openapi.method.toLowerCase() as 'get'];
    const queryKinds: Record<string, QueryKind> = {};
    for (const parameter of operation?.parameters ?? []) {
      if ('in' in parameter && parameter.in === 'query')
        queryKinds[parameter.name] = kindOfSchema(parameter.schema as { type?: unknown });
    }
    routes.push({ method: meta.openapi.method, pattern: getPathRegExp(openapiPath), path, type, queryKinds });
  });
  return routes;
}

const errorBody = (error: TRPCError, ctx: Context | undefined, path: string | undefined): RestAnswer => {
  // tRPC's own shape, so the code, message, field and status are exactly what /trpc answers.
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'unknown',
    path,
    input: undefined,
    ctx,
  });
  const body: RestErrorBody = {
    error: { code: shape.data.code, message: shape.message, field: shape.data.field ?? null },
  };
  return {
    status: shape.data.httpStatus,
    body,
    ...(error.code === 'INTERNAL_SERVER_ERROR' ? { internalError: error } : {}),
  };
};

/** One REST call: find the procedure, gather its input from the path, query and body, call it. */
export async function callRest(
  routes: readonly RestRoute[],
  request: RestRequest,
  createContext: () => Promise<Context>,
  signal: AbortSignal | undefined,
): Promise<RestAnswer> {
  const route = routes.find((r) => r.method === request.method && r.pattern.test(request.path));
  if (!route) {
    const known = routes.some((r) => r.pattern.test(request.path));
    return errorBody(
      new TRPCError(
        known
          ? { code: 'METHOD_NOT_SUPPORTED', message: `${request.method} is not supported here` }
          : { code: 'NOT_FOUND', message: `No operation at ${request.path}` },
      ),
      undefined,
      undefined,
    );
  }
  const pathInput = route.pattern.exec(request.path)?.groups ?? {};
  let input: Record<string, unknown>;
  if (route.method === 'GET' || route.method === 'DELETE') {
    input = {};
    for (const [name, raw] of Object.entries(request.query)) {
      if (raw !== undefined) input[name] = queryValue(route.queryKinds[name] ?? 'string', raw);
    }
  } else {
    if (request.body !== undefined && (typeof request.body !== 'object' || Array.isArray(request.body))) {
      return errorBody(
        new TRPCError({ code: 'BAD_REQUEST', message: 'The body must be a JSON object' }),
        undefined,
        route.path,
      );
    }
    input = { ...(request.body as Record<string, unknown> | undefined) };
  }
  for (const [name, value] of Object.entries(pathInput)) input[name] = decodeURIComponent(value);

  let ctx: Context | undefined;
  try {
    ctx = await createContext();
    const data = await callProcedure({
      router: appRouter,
      path: route.path,
      getRawInput: async () => input,
      ctx,
      type: route.type,
      signal,
      batchIndex: 0,
    });
    return { status: 200, body: data ?? null };
  } catch (cause) {
    return errorBody(getTRPCErrorFromUnknown(cause), ctx, route.path);
  }
}
