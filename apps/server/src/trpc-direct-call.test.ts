import {
  type ApiDeps,
  appRouter,
  createChangeFeed,
  createContext,
  createSimulatedCardGateway,
  MAX_CALLS_PER_BATCH,
  type RequestInfo,
} from '@reserva/api';
import { insertResources, insertVenue, localAt } from '@reserva/api/testing';
import { connectDatabase } from '@reserva/db';
import { useTestDatabase } from '@reserva/db/testing';
import { resolveResponse } from '@trpc/server/http';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { answerDirectly, DIRECT_ANSWER_HEADERS } from './trpc-direct-call.js';

const database = await useTestDatabase();
const feed = createChangeFeed(database.db, { url: database.url });
const deps = {
  db: database.db,
  feed,
  cardGateway: createSimulatedCardGateway(database.db),
  config: { allowedOrigins: [] },
};
afterAll(() => feed.close());

let venueId: string;
beforeEach(async () => {
  venueId = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
  await insertResources(database, venueId, 'table', [
    { label: 'T1', capacity: 2 },
    { label: 'T2', capacity: 2 },
  ]);
});

interface Call {
  method: 'GET' | 'POST';
  /** Path and query string after /trpc/. */
  url: string;
  body?: string;
  headers?: Record<string, string>;
}

const HOST = 'reserva.test';

function requestInfo(call: Call): RequestInfo {
  const noop = () => {};
  return {
    ip: '203.0.113.9',
    origin: call.headers?.origin,
    host: HOST,
    sessionToken: undefined,
    bearerToken: call.headers?.authorization?.slice('Bearer '.length),
    setSessionCookie: noop,
    clearSessionCookie: noop,
    holdToken: undefined,
    setHoldCookie: noop,
    clearHoldCookie: noop,
  };
}

function headersOf(call: Call) {
  return {
    host: HOST,
    ...(call.method === 'POST' ? { 'content-type': 'application/json' } : {}),
    ...call.headers,
  };
}

function parts(call: Call) {
  const url = new URL(`http://${HOST}/trpc/${call.url}`);
  const path = decodeURIComponent(url.pathname.slice('/trpc/'.length));
  // As Fastify parses a query string: a parameter given twice becomes a list.
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return { url, path, query };
}

async function direct(call: Call, using: ApiDeps = deps) {
  const { path, query } = parts(call);
  return answerDirectly({
    router: appRouter,
    method: call.method,
    path,
    query,
    headers: headersOf(call),
    body: call.body,
    signal: new AbortController().signal,
    createContext: () => createContext(using, requestInfo(call)),
    maxBatchSize: MAX_CALLS_PER_BATCH,
    onError: () => {},
  });
}

async function viaResolveResponse(call: Call, using: ApiDeps = deps) {
  const { url, path } = parts(call);
  const response = await resolveResponse({
    router: appRouter,
    req: new Request(url, { method: call.method, headers: headersOf(call), body: call.body ?? null }),
    path,
    error: null,
    maxBatchSize: MAX_CALLS_PER_BATCH,
    createContext: () => createContext(using, requestInfo(call)),
  });
  return {
    status: response.status,
    body: await response.text(),
    headers: { 'content-type': response.headers.get('content-type'), vary: response.headers.get('vary') },
  };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}): Call => ({
  method: 'POST',
  url,
  body: JSON.stringify(body),
  headers,
});
const get = (url: string, input?: unknown): Call => ({
  method: 'GET',
  url:
    input === undefined
      ? url
      : `${url}${url.includes('?') ? '&' : '?'}input=${encodeURIComponent(JSON.stringify(input))}`,
});

describe('plain JSON calls are answered directly, exactly as tRPC’s resolveResponse answers them', () => {
  const calls: Record<string, () => Call> = {
    'a query without input': () => get('venues.list'),
    'a query with input': () => get('venues.get', { slug: 'warung' }),
    'a query that is NOT_FOUND': () => get('venues.get', { slug: 'nowhere' }),
    'a query whose input fails validation': () => get('venues.get', { slug: 42 }),
    'a batch of queries, one of them failing (207)': () =>
      get('venues.list,venues.get?batch=1', { 1: { slug: 'nowhere' } }),
    'a batch of queries that all succeed': () =>
      get('venues.list,venues.get?batch=1', { 1: { slug: 'warung' } }),
    'a mutation with bad input, naming the field': () => post('bookings.create', { venueId, partySize: 0 }),
    'a mutation refused by a domain rule': () =>
      post('bookings.create', {
        venueId,
        start: '2020-01-01T10:00:00.000Z',
        partySize: 2,
        contact: { name: 'Rina', phone: '081211112222' },
      }),
    'a mutation from another website': () => post('auth.logout', {}, { origin: 'https://evil.example' }),
    'a mutation that needs a signed-in person': () => post('auth.logout', {}),
    'a staff procedure without credentials': () =>
      post('staff.bookings.confirm', { id: '00000000-0000-4000-8000-000000000000' }),
    'who is signed in (nobody)': () => get('auth.me'),
    'a batch of mutations': () =>
      post('auth.logout,bookings.create?batch=1', { 0: {}, 1: { venueId: 'not-a-uuid' } }),
  };

  for (const [name, build] of Object.entries(calls)) {
    it(name, async () => {
      const call = build();
      const answer = await direct(call);
      expect(answer).not.toBeNull();
      const expected = await viaResolveResponse(call);
      expect({ status: answer!.status, body: JSON.parse(answer!.body) }).toEqual({
        status: expected.status,
        body: JSON.parse(expected.body),
      });
      expect(answer!.body).toBe(expected.body);
      expect(DIRECT_ANSWER_HEADERS).toEqual(expected.headers);
    });
  }

  it('a mutation that succeeds (each books a table of its own)', async () => {
    const booking = {
      venueId,
      start: localAt('Asia/Jakarta', 3, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Rina', phone: '081211112222' },
    };
    const answer = await direct(post('bookings.create', booking));
    const expected = await viaResolveResponse(post('bookings.create', booking));
    expect(answer!.status).toBe(200);
    expect(expected.status).toBe(200);
    const masked = (body: string) =>
      JSON.parse(body.replace(/"(id|code|createdAt|at|resourceId|label|manageToken)":"[^"]*"/g, '"$1":"…"'));
    expect(masked(answer!.body)).toEqual(masked(expected.body));
  });

  it('an invalid API key is refused the same way', async () => {
    const call = { ...get('auth.me'), headers: { authorization: 'Bearer rsv_nope' } };
    const answer = await direct(call);
    const expected = await viaResolveResponse(call);
    expect(answer!.status).toBe(expected.status);
    expect(answer!.body).toBe(expected.body);
  });
});

describe('while the database is away, both answer 503 SERVICE_UNAVAILABLE the same way', () => {
  // Nothing listens on port 1: every connection is refused, as while PostgreSQL restarts.
  const away = connectDatabase({
    url: 'postgres://reserva:x@127.0.0.1:1/reserva',
    connectTimeoutMillis: 500,
  });
  const awayDeps: ApiDeps = { ...deps, db: away.db, cardGateway: createSimulatedCardGateway(away.db) };
  afterAll(() => away.close());

  const calls: Record<string, () => Call> = {
    'a query': () => get('venues.get', { slug: 'warung' }),
    'a batch of queries': () => get('venues.list,venues.get?batch=1', { 1: { slug: 'warung' } }),
    'a mutation': () =>
      post('bookings.create', {
        venueId,
        start: localAt('Asia/Jakarta', 3, '12:00').toISOString(),
        partySize: 2,
        contact: { name: 'Rina', phone: '081211112222' },
      }),
    'a call with an API key (the caller cannot be looked up)': () => ({
      ...get('auth.me'),
      headers: { authorization: `Bearer rsv_abcdefgh_${'a'.repeat(32)}` },
    }),
  };
  for (const [name, build] of Object.entries(calls)) {
    it(name, async () => {
      const call = build();
      const answer = await direct(call, awayDeps);
      const expected = await viaResolveResponse(call, awayDeps);
      expect(answer!.status).toBe(503);
      expect(answer!.body).toBe(expected.body);
      expect(expected.status).toBe(503);
      const [first] = [JSON.parse(answer!.body)].flat() as {
        error: { message: string; data: { code: string } };
      }[];
      expect(first!.error.data.code).toBe('SERVICE_UNAVAILABLE');
      expect(first!.error.message).toBe(
        'Reserva cannot reach its database right now; try again in a few seconds',
      );
    });
  }
});

describe('everything else is left to resolveResponse, before anything runs', () => {
  const calls: Record<string, Call> = {
    'an unknown procedure': get('venues.nope'),
    'a mutation by GET': get('auth.logout'),
    'a query by POST': post('venues.list', {}),
    'a subscription': get('events.onSeatChange', { eventId: '00000000-0000-4000-8000-000000000000' }),
    'a body that is not JSON': { method: 'POST', url: 'auth.logout', body: '{nope' },
    'an empty body': { method: 'POST', url: 'auth.logout', body: '' },
    'another content type': {
      method: 'POST',
      url: 'auth.logout',
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    },
    'a streamed batch': { ...get('venues.list?batch=1'), headers: { 'trpc-accept': 'application/jsonl' } },
    'a batch whose input is not an object': get('venues.list?batch=1', [1]),
    'a batch mixing queries and mutations': post('venues.list,auth.logout?batch=1', {}),
    HEAD: { method: 'HEAD' as 'GET', url: 'venues.list' },
    'a GET with a body type': { ...get('venues.list'), headers: { 'content-type': 'multipart/form-data' } },
    'a parameter given twice': get('venues.list?batch=1&batch=1'),
    'a batch over the size limit': post(
      `${Array(MAX_CALLS_PER_BATCH + 1)
        .fill('auth.logout')
        .join(',')}?batch=1`,
      {},
    ),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(name, async () => {
      expect(await direct(call)).toBeNull();
    });
  }

  it('resolveResponse refuses a batch over the size limit whole, saying what to do', async () => {
    const calls = `${Array(MAX_CALLS_PER_BATCH + 1)
      .fill('venues.list')
      .join(',')}?batch=1`;
    const answer = await viaResolveResponse(get(calls));
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({
      error: {
        message: `Too many calls in one batch: send at most ${MAX_CALLS_PER_BATCH} at a time (none of these was run)`,
        data: { code: 'BAD_REQUEST' },
      },
    });
    const atLimit = await direct(get(`${Array(MAX_CALLS_PER_BATCH).fill('venues.list').join(',')}?batch=1`));
    expect(atLimit?.status).toBe(200);
  });
});
