import { TEST_CARDS } from '@reserva/api';
import {
  countRows,
  insertEvent,
  insertResources,
  insertSeatVenue,
  insertVenue,
  localAt,
  localDate,
} from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { signInOverHttp, startTestServer } from './testing.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());
const origin = () => new URL(server.url).origin;

interface Spec {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>;
}
const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Spec;

// The spec is the schema source: each answer is checked against the response the spec documents
// for its operation and status, so a procedure whose output drifts from its documentation fails.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
ajv.addSchema(spec as object, 'spec');
const operations = Object.entries(spec.paths).flatMap(([template, item]) =>
  Object.keys(item).map((method) => ({
    method: method.toUpperCase(),
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  })),
);
const called = new Set<string>();
const pointer = (...parts: string[]) =>
  parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

function checkAgainstSpec(method: string, path: string, status: number, body: unknown) {
  const operation = operations.find((op) => op.method === method && op.pattern.test(path));
  if (!operation) throw new Error(`${method} ${path} is not in the spec`);
  called.add(`${method} ${operation.template}`);
  const responses = spec.paths[operation.template]![method.toLowerCase()]!.responses;
  expect(Object.keys(responses), `${method} ${path} documents ${status}`).toContain(String(status));
  const response = responses[String(status)] as { $ref?: string };
  const schemaRef = response.$ref
    ? `spec#${response.$ref.slice(1)}/content/application~1json/schema`
    : `spec#/${pointer('paths', operation.template, method.toLowerCase(), 'responses', String(status))}/content/application~1json/schema`;
  const validate = ajv.compile({ $ref: schemaRef });
  if (!validate(body)) throw new Error(`${method} ${path} ${status}: ${ajv.errorsText(validate.errors)}`);
}

interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | string[]>;
  apiKey?: string;
  cookie?: string;
  origin?: string | null;
}

/** A plain HTTP call to `/api/v1`, checked against the spec. */
async function rest(method: 'GET' | 'POST', path: string, options: CallOptions = {}) {
  const url = new URL(`${server.url}/api/v1${path}`);
  for (const [name, value] of Object.entries(options.query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(one));
  }
  const headers: Record<string, string> = {};
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin !== null) headers.origin = options.origin ?? origin();
  if (method === 'POST') headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    ...(method === 'POST' ? { body: JSON.stringify(options.body ?? {}) } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: answers are checked against the spec's schema
  const body = (await response.json()) as any;
  checkAgainstSpec(method, path, response.status, body);
  return { status: response.status, body };
}

/** The same procedure over `/trpc`, for comparing errors. */
async function trpc(type: 'query' | 'mutation', path: string, input: unknown, options: CallOptions = {}) {
  const headers: Record<string, string> = {};
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (options.cookie) headers.cookie = options.cookie;
  if (options.origin !== null) headers.origin = options.origin ?? origin();
  const response =
    type === 'query'
      ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers,
        })
      : await fetch(`${server.url}/trpc/${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
  const body = (await response.json()) as {
    result?: { data: unknown };
    error?: { message: string; data: { code: string; field: string | null } };
  };
  if (body.error)
    return {
      status: response.status,
      error: { code: body.error.data.code, message: body.error.message, field: body.error.data.field },
    };
  return { status: response.status, data: body.result?.data };
}

const signIn = async (email: string, role: 'customer' | 'staff' | 'admin') =>
  (await signInOverHttp(database, server.url, { email, role })).cookie;

const bookingCount = async () => Number(await countRows(database, 'bookings'));

let customer: string;
let admin: string;
let staffKey: string;
let customerKey: string;
let restaurant: { id: string; timeZone: string };
let tables: Record<string, string>;
let cinema: { venueId: string; layoutId: string; seats: Record<string, string> };
let eventId: string;

// Every test starts from empty tables (useTestDatabase truncates), so the fixtures are made per test.
beforeEach(async () => {
  customer = await signIn('rina@example.id', 'customer');
  admin = await signIn('admin@example.id', 'admin');
  const makeKey = async (role: 'staff' | 'customer') => {
    const made = await trpc(
      'mutation',
      'admin.apiKeys.create',
      { name: `${role} key`, role },
      { cookie: admin },
    );
    return (made.data as { key: string }).key;
  };
  staffKey = await makeKey('staff');
  customerKey = await makeKey('customer');
  restaurant = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'warung',
    settings: { autoConfirm: false },
  });
  tables = await insertResources(database, restaurant.id, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
    { label: 'T3', capacity: 4 },
  ]);
  cinema = await insertSeatVenue(database, { slug: 'bioskop', rows: 2, cols: 4, whatsapp: '+6281200001111' });
  eventId = await insertEvent(database, { venueId: cinema.venueId, layoutId: cinema.layoutId });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 with the API-key bearer scheme, and every operation lives under /api/v1', async () => {
    const validator = new Validator();
    const result = await validator.validate(spec as unknown as Parameters<typeof validator.validate>[0]);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const full = spec as unknown as {
      servers: { url: string }[];
      components: { securitySchemes: Record<string, { type: string; scheme: string }> };
    };
    expect(full.servers[0]!.url).toBe('/api/v1');
    expect(full.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(operations.length).toBeGreaterThanOrEqual(25);
    // Subscriptions are not REST.
    expect(JSON.stringify(spec.paths)).not.toContain('onSeatChange');
  });
});

describe('every documented operation over plain HTTP', () => {
  it('the time-slot journey: venues, availability, a booking, my bookings, staff actions, stats', async () => {
    expect((await rest('GET', '/venues', { query: { kind: 'restaurant' } })).body).toHaveLength(1);
    const slots = await rest('GET', `/venues/${restaurant.id}/availability`, {
      query: { date: localDate(restaurant.timeZone, 2), partySize: 2 },
    });
    expect(slots.status).toBe(200);
    expect(slots.body.kind).toBe('restaurant');
    expect((await rest('GET', '/auth/me')).body).toBeNull();
    expect((await rest('GET', '/auth/me', { cookie: customer })).body.email).toBe('rina@example.id');

    const book = (days: number, time: string) =>
      rest('POST', '/bookings', {
        cookie: customer,
        body: {
          venueId: restaurant.id,
          start: localAt(restaurant.timeZone, days, time).toISOString(),
          partySize: 2,
          contact: { name: 'Rina', phone: '081211112222' },
        },
      });
    const first = await book(2, '19:00');
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('PENDING');
    const second = await book(3, '19:00');
    const third = await book(4, '19:00');
    const fourth = await book(5, '19:00');

    const mine = await rest('GET', '/bookings/mine', { cookie: customer, query: { limit: 10 } });
    expect(mine.body.items).toHaveLength(4);
    const cancelled = await rest('POST', `/bookings/${second.body.id}/cancel`, { cookie: customer });
    expect(cancelled.body.status).toBe('CANCELLED');

    const list = await rest('GET', '/staff/bookings', {
      apiKey: staffKey,
      query: { status: ['PENDING', 'CONFIRMED'], limit: 10, order: 'desc' },
    });
    expect(list.body.total).toBe(3);
    expect(
      (await rest('GET', '/staff/bookings', { apiKey: staffKey, query: { status: 'CANCELLED' } })).body.total,
    ).toBe(1);

    const id = first.body.id as string;
    expect((await rest('POST', `/staff/bookings/${id}/confirm`, { apiKey: staffKey })).body.status).toBe(
      'CONFIRMED',
    );
    const places = await rest('GET', `/staff/bookings/${id}/assignable`, { apiKey: staffKey });
    expect(places.body.resources.length).toBeGreaterThan(0);
    const target = places.body.resources.find((place: { current: boolean }) => !place.current).id as string;
    const assigned = await rest('POST', `/staff/bookings/${id}/assign`, {
      apiKey: staffKey,
      body: { resourceId: target },
    });
    expect(assigned.body.items.find((item: { active: boolean }) => item.active).resourceId).toBe(target);
    expect(Object.values(tables)).toContain(target);
    expect((await trpc('mutation', 'staff.bookings.checkIn', { id }, { apiKey: staffKey })).status).toBe(200);
    expect((await rest('POST', `/staff/bookings/${id}/complete`, { apiKey: staffKey })).body.status).toBe(
      'COMPLETED',
    );

    await rest('POST', `/staff/bookings/${third.body.id}/confirm`, { apiKey: staffKey });
    await database.db
      .updateTable('bookings')
      .set({ starts_at: new Date(Date.now() - 3_600_000) })
      .where('id', '=', third.body.id)
      .execute();
    expect(
      (await rest('POST', `/staff/bookings/${third.body.id}/no-show`, { apiKey: staffKey })).body.status,
    ).toBe('NO_SHOW');
    const staffCancel = await rest('POST', `/staff/bookings/${fourth.body.id}/cancel`, {
      apiKey: staffKey,
      body: { reasonCode: 'VENUE_CLOSED', description: 'Listrik padam' },
    });
    expect(staffCancel.body).toMatchObject({ status: 'CANCELLED', cancelReason: 'VENUE_CLOSED' });

    const stats = await rest('GET', '/staff/stats', { apiKey: staffKey, query: { venueId: restaurant.id } });
    expect(stats.body.byStatus).toMatchObject({ COMPLETED: 1, NO_SHOW: 1, CANCELLED: 2 });
  });

  it('the seat journey: events, the seat map, holds, checkout and an offline payment', async () => {
    const events = await rest('GET', '/events', { query: { venueId: cinema.venueId, limit: 5 } });
    expect(events.body.map((event: { id: string }) => event.id)).toEqual([eventId]);
    expect((await rest('GET', `/events/${eventId}`)).body.id).toBe(eventId);
    const map = await rest('GET', `/events/${eventId}/seat-map`);
    expect(map.body.seats).toHaveLength(8);

    const hold = await rest('POST', '/holds', {
      body: { eventId, seatIds: [cinema.seats.A1, cinema.seats.A2] },
      origin: null,
    });
    const holdToken = hold.body.holdToken as string;
    expect((await rest('GET', '/holds/current', { query: { holdToken } })).body.seats).toHaveLength(2);
    const released = await rest('POST', '/holds/release', {
      body: { holdToken, seatIds: [cinema.seats.A2] },
    });
    expect(released.body.releasedSeatIds).toEqual([cinema.seats.A2]);
    const contact = await rest('POST', '/holds/contact', {
      body: { holdToken, name: 'Budi', whatsapp: '081233334444' },
    });
    const claimCode = contact.body.claimCode as string;
    const claimed = await rest('POST', '/holds/claim', { body: { claimCode } });
    expect(claimed.body.holdToken).not.toBe(holdToken);
    const paid = await rest('POST', '/holds/checkout', {
      body: {
        holdToken: claimed.body.holdToken,
        payment: { method: 'card', card: { number: TEST_CARDS.succeeds, expiry: '12/30', cvc: '123' } },
        idempotencyKey: 'rest-checkout-1',
      },
    });
    expect(paid.body).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'PAID' });

    const second = await rest('POST', '/holds', { body: { eventId, seatIds: [cinema.seats.B1] } });
    const secondClaim = (
      await rest('POST', '/holds/contact', {
        body: { holdToken: second.body.holdToken, name: 'Sari', whatsapp: '081255556666' },
      })
    ).body.claimCode as string;
    const lookup = await rest('GET', '/staff/payments/claim', {
      apiKey: staffKey,
      query: { claimCode: secondClaim },
    });
    expect(lookup.status).toBe(200);
    const confirmed = await rest('POST', '/staff/payments/confirm', {
      apiKey: staffKey,
      body: { claimCode: secondClaim },
    });
    expect(confirmed.body.status).toBe('CONFIRMED');
  });

  it('the calendar links (calendar-feeds.test.ts reads the feeds themselves)', async () => {
    const staffPerson = await signIn('desk@example.id', 'staff');
    const venueFeed = await rest('POST', `/staff/calendar/venues/${restaurant.id}/feed`, {
      cookie: staffPerson,
    });
    expect(venueFeed.body.path).toMatch(/^\/calendar\/venues\/.+\.ics$/);
    const myFeed = await rest('POST', '/calendar/me/feed', { cookie: customer });
    expect(myFeed.body.path).toMatch(/^\/calendar\/me\/.+\.ics$/);
  });

  it('has called every operation the spec documents', () => {
    const documented = operations.map((op) => `${op.method} ${op.template}`).sort();
    expect([...called].sort()).toEqual(documented);
  });
});

describe('auth and errors over REST answer as /trpc does', () => {
  const pairs = () => [
    // [REST call, the same procedure over tRPC]
    {
      name: 'anonymous on a staff path',
      rest: () => rest('GET', '/staff/bookings'),
      trpc: () => trpc('query', 'staff.bookings.list', {}),
      status: 401,
    },
    {
      name: 'a customer API key on a staff path',
      rest: () => rest('GET', '/staff/stats', { apiKey: customerKey }),
      trpc: () => trpc('query', 'staff.stats', {}, { apiKey: customerKey }),
      status: 403,
    },
    {
      name: 'a customer session on a staff path',
      rest: () => rest('POST', `/staff/bookings/${crypto.randomUUID()}/confirm`, { cookie: customer }),
      trpc: () =>
        trpc('mutation', 'staff.bookings.confirm', { id: crypto.randomUUID() }, { cookie: customer }),
      status: 403,
    },
    {
      name: 'an invalid API key, even on a public path',
      rest: () => rest('GET', '/venues', { apiKey: 'rsv_nope_nope' }),
      trpc: () => trpc('query', 'venues.list', {}, { apiKey: 'rsv_nope_nope' }),
      status: 401,
    },
    {
      name: 'a cookie mutation from another site',
      rest: () =>
        rest('POST', `/bookings/${crypto.randomUUID()}/cancel`, {
          cookie: customer,
          origin: 'https://evil.example',
        }),
      trpc: () =>
        trpc(
          'mutation',
          'bookings.cancel',
          { id: crypto.randomUUID() },
          { cookie: customer, origin: 'https://evil.example' },
        ),
      status: 403,
    },
    {
      name: 'bad input in the body names the field',
      rest: () =>
        rest('POST', '/bookings', {
          cookie: customer,
          body: {
            venueId: restaurant.id,
            start: localAt('Asia/Jakarta', 2, '19:00').toISOString(),
            partySize: 0,
          },
        }),
      trpc: () =>
        trpc(
          'mutation',
          'bookings.create',
          { venueId: restaurant.id, start: localAt('Asia/Jakarta', 2, '19:00').toISOString(), partySize: 0 },
          { cookie: customer },
        ),
      status: 400,
      field: 'partySize',
    },
    {
      name: 'bad input in the query names the field',
      rest: () => rest('GET', '/venues', { query: { kind: 'spaceship' } }),
      trpc: () => trpc('query', 'venues.list', { kind: 'spaceship' }),
      status: 400,
      field: 'kind',
    },
    {
      name: 'a number that is not one, in the query',
      rest: () => rest('GET', '/staff/bookings', { apiKey: staffKey, query: { limit: 'lots' } }),
      trpc: () => trpc('query', 'staff.bookings.list', { limit: 'lots' }, { apiKey: staffKey }),
      status: 400,
      field: 'limit',
    },
    {
      name: 'a malformed id in the path',
      rest: () => rest('GET', '/events/not-a-uuid'),
      trpc: () => trpc('query', 'events.get', { id: 'not-a-uuid' }),
      status: 400,
      field: 'id',
    },
    {
      name: 'an unknown event',
      rest: () => rest('GET', '/events/00000000-0000-4000-8000-000000000000'),
      trpc: () => trpc('query', 'events.get', { id: '00000000-0000-4000-8000-000000000000' }),
      status: 404,
    },
  ];

  it('answers each case with the same status, code, message and field', async () => {
    const before = await bookingCount();
    for (const pair of pairs()) {
      const overRest = await pair.rest();
      const overTrpc = await pair.trpc();
      expect(overRest.status, pair.name).toBe(pair.status);
      expect(overTrpc.status, pair.name).toBe(pair.status);
      expect(overRest.body.error, pair.name).toEqual(overTrpc.error);
      if (pair.field) expect(overRest.body.error.field, pair.name).toBe(pair.field);
    }
    expect(await bookingCount()).toBe(before);
  });

  it('a conflict is 409 on both, and changes nothing', async () => {
    const made = await rest('POST', '/bookings', {
      cookie: customer,
      body: {
        venueId: restaurant.id,
        start: localAt(restaurant.timeZone, 6, '19:00').toISOString(),
        partySize: 2,
        contact: { name: 'Rina', phone: '081211112222' },
      },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const id = made.body.id as string;
    await rest('POST', `/staff/bookings/${id}/cancel`, {
      apiKey: staffKey,
      body: { reasonCode: 'OTHER', description: 'Salah input' },
    });
    const overRest = await rest('POST', `/staff/bookings/${id}/confirm`, { apiKey: staffKey });
    const overTrpc = await trpc('mutation', 'staff.bookings.confirm', { id }, { apiKey: staffKey });
    expect(overRest.status).toBe(409);
    expect(overRest.body.error).toEqual(overTrpc.error);
    expect(overRest.body.error.message).toMatch(/cannot become/i);
    const row = await database.db
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('CANCELLED');
  });

  it('an unknown path, a wrong method and an unreadable body get the error body too', async () => {
    const unknown = await fetch(`${server.url}/api/v1/nothing-here`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No operation at /nothing-here', field: null },
    });
    const wrongMethod = await fetch(`${server.url}/api/v1/venues`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(wrongMethod.status).toBe(405);
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe(
      'METHOD_NOT_SUPPORTED',
    );
    const badJson = await fetch(`${server.url}/api/v1/holds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"eventId": ',
    });
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: { code: string; field: null } }).error).toMatchObject({
      code: 'BAD_REQUEST',
      field: null,
    });
    const notObject = await fetch(`${server.url}/api/v1/holds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1,2]',
    });
    expect(notObject.status).toBe(400);
    expect(((await notObject.json()) as { error: { message: string } }).error.message).toBe(
      'The body must be a JSON object',
    );
  });
});
