import { appRouter, MAX_CALLS_PER_BATCH } from '@reserva/api';
import { insertResources, insertTestUser, insertVenue, localAt } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { CONTROL_CHARACTER_MESSAGE } from '@reserva/domain';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JsonSchema, replacedAt, stringPaths, validShaped } from './fuzz/json-schema-arbitrary.js';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
// Trusting X-Forwarded-For lets one test call from several addresses.
const server = await startTestServer(database, { trustProxy: true });
const wideBatches = await startTestServer(database, { maxBatchSize: 200 });
afterAll(async () => {
  await server.close();
  await wideBatches.close();
});

interface TrpcItem {
  result?: { data: unknown };
  error?: { message: string; data: { code: string; field: string | null; httpStatus: number } };
}

interface CallOptions {
  from?: string;
  cookie?: string;
  base?: string;
}

function headers({ from, cookie, base = server.url }: CallOptions, json: boolean) {
  return {
    origin: new URL(base).origin,
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(from ? { 'x-forwarded-for': from } : {}),
    ...(cookie ? { cookie } : {}),
  };
}

/** One tRPC batch over HTTP: every call a mutation (POST) or every call a query (GET). */
async function batch(
  type: 'query' | 'mutation',
  calls: readonly { path: string; input: unknown }[],
  options: CallOptions = {},
) {
  const base = options.base ?? server.url;
  const paths = calls.map((call) => call.path).join(',');
  const inputs = Object.fromEntries(calls.map((call, index) => [index, call.input]));
  const response =
    type === 'mutation'
      ? await fetch(`${base}/trpc/${paths}?batch=1`, {
          method: 'POST',
          headers: headers(options, true),
          body: JSON.stringify(inputs),
        })
      : await fetch(`${base}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`, {
          headers: headers(options, false),
        });
  const body = (await response.json()) as TrpcItem[] | TrpcItem;
  return { response, items: Array.isArray(body) ? body : [body] };
}

const one = async (type: 'query' | 'mutation', path: string, input: unknown, options: CallOptions = {}) => {
  const { response, items } = await batch(type, [{ path, input }], options);
  return { response, item: items[0]! };
};

const codesOf = (items: TrpcItem[]) => items.map((item) => item.error?.data.code ?? 'OK');
const count = (codes: string[], code: string) => codes.filter((each) => each === code).length;

const owner = { email: 'pemilik@example.id', password: 'kopi-tubruk-pagi' };
const wrong = (times: number) =>
  Array.from({ length: times }, () => ({
    path: 'auth.login',
    input: { ...owner, password: 'tebak-tebakan' },
  }));

const rowCount = async (table: 'users' | 'rate_limits' | 'bookings' | 'sessions') =>
  Number(
    (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(database.db)).rows[0]!.n,
  );

describe('brute force cannot be batched or raced', () => {
  it('a batch of 200 wrong logins for one email: 10 are tried, 190 get 429, not 401', async () => {
    await insertTestUser(database, owner);
    const { response, items } = await batch('mutation', wrong(200), { base: wideBatches.url });
    expect(response.status).toBe(207);
    const codes = codesOf(items);
    expect(count(codes, 'UNAUTHORIZED')).toBe(10);
    expect(count(codes, 'TOO_MANY_REQUESTS')).toBe(190);
  });

  it('batches count each call: a second batch of 10 wrong logins from the same address is all 429', async () => {
    await insertTestUser(database, owner);
    const first = await batch('mutation', wrong(10), { from: '198.51.100.1' });
    expect(codesOf(first.items)).toEqual(Array(10).fill('UNAUTHORIZED'));
    const second = await batch('mutation', wrong(10), { from: '198.51.100.1' });
    expect(second.response.status).toBe(429);
    expect(codesOf(second.items)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
  });

  it('60 parallel single logins: at most 10 are tried', async () => {
    await insertTestUser(database, owner);
    const answers = await Promise.all(
      wrong(60).map(({ path, input }) => one('mutation', path, input, { from: '198.51.100.2' })),
    );
    const codes = answers.map(({ item }) => item.error?.data.code ?? 'OK');
    expect(count(codes, 'UNAUTHORIZED')).toBe(10);
    expect(count(codes, 'TOO_MANY_REQUESTS')).toBe(50);
  });

  it('a stranger at address A cannot lock the owner at address B out', async () => {
    await insertTestUser(database, owner);
    for (let round = 0; round < 2; round++) await batch('mutation', wrong(10), { from: '198.51.100.66' });
    const stranger = await one('mutation', 'auth.login', owner, { from: '198.51.100.66' });
    expect(stranger.item.error?.data.code).toBe('TOO_MANY_REQUESTS');
    const signedIn = await one('mutation', 'auth.login', owner, { from: '203.0.113.10' });
    expect(signedIn.response.status).toBe(200);
    expect(signedIn.response.headers.getSetCookie().join()).toMatch(/reserva_session=[a-z2-7]+;/);
  });

  it(`a batch of ${MAX_CALLS_PER_BATCH * 6 + 1} calls is refused whole with a clear error, and nothing runs`, async () => {
    await insertTestUser(database, owner);
    const { response, items } = await batch('mutation', wrong(61), { from: '198.51.100.3' });
    expect(response.status).toBe(400);
    expect(items).toHaveLength(1);
    expect(items[0]!.error).toMatchObject({
      message: `Too many calls in one batch: send at most ${MAX_CALLS_PER_BATCH} at a time (none of these was run)`,
      data: { code: 'BAD_REQUEST' },
    });
    expect(await rowCount('rate_limits')).toBe(0);
    const searches = Array.from({ length: 60 }, () => ({ path: 'venues.list', input: {} }));
    expect((await batch('query', searches)).response.status).toBe(400);
  });
});

describe('guest bookings over HTTP', () => {
  it('a guessed code shows nothing; a batch of guesses counts each guess against the address', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const created = await one('mutation', 'bookings.create', {
      venueId: venue.id,
      start: localAt('Asia/Jakarta', 2, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Tamu Rahasia', phone: '081300001234' },
    });
    const booking = created.item.result?.data as { code: string; manageToken: string };
    expect(booking.manageToken).toBeTruthy();

    const byCode = await one('query', 'bookings.get', { code: booking.code }, { from: '198.51.100.4' });
    expect(byCode.response.status).toBe(404);
    expect(JSON.stringify(byCode.item)).not.toContain('Tamu');

    const guesses = Array.from({ length: 10 }, (_, i) => ({
      path: 'bookings.get',
      input: { code: booking.code, phoneLast4: String(1000 + i) },
    }));
    const first = await batch('query', guesses, { from: '198.51.100.4' });
    expect(codesOf(first.items)).toEqual(Array(10).fill('NOT_FOUND'));

    // Ten wrong proofs close the code everywhere, even to the right proof.
    const right = await one(
      'query',
      'bookings.get',
      { code: booking.code, phoneLast4: '1234' },
      { from: '203.0.113.4' },
    );
    expect(right.item.error?.data.code).toBe('TOO_MANY_REQUESTS');
    const byLink = await one(
      'query',
      'bookings.get',
      { code: booking.code, manageToken: booking.manageToken },
      { from: '203.0.113.5' },
    );
    expect(byLink.item.error?.data.code).toBe('TOO_MANY_REQUESTS');

    // The address has 11 failures: 9 more guesses at other codes, then it is closed.
    const others = Array.from({ length: 10 }, (_, i) => ({
      path: 'bookings.get',
      input: { code: `BK-2345${'ABCDEFGHJK'[i]}-XXXXX`, email: 'tamu@example.id' },
    }));
    const second = await batch('query', others, { from: '198.51.100.4' });
    expect(count(codesOf(second.items), 'NOT_FOUND')).toBe(9);
    expect(count(codesOf(second.items), 'TOO_MANY_REQUESTS')).toBe(1);
  });
});

describe('answers', () => {
  it('personal and staff answers say Cache-Control: no-store; public ones do not', async () => {
    expect((await one('query', 'auth.me', undefined)).response.headers.get('cache-control')).toBe('no-store');
    const venues = await one('query', 'venues.list', {});
    expect(venues.response.headers.get('cache-control')).toBeNull();
    const staff = await one('query', 'staff.bookings.list', {});
    expect(staff.response.status).toBe(401);
    expect(staff.response.headers.get('cache-control')).toBe('no-store');
    const mixed = await batch('query', [
      { path: 'venues.list', input: {} },
      { path: 'bookings.mine', input: {} },
    ]);
    expect(mixed.response.headers.get('cache-control')).toBe('no-store');
  });

  it('an expired session on an owner-only call answers 401 and clears the cookie', async () => {
    await insertTestUser(database, owner);
    const signedIn = await one('mutation', 'auth.login', owner, { from: '203.0.113.20' });
    const cookie = signedIn.response.headers.getSetCookie()[0]!.split(';')[0]!;
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const calls: [type: 'query' | 'mutation', path: string, input: unknown][] = [
      ['query', 'bookings.get', { id: '00000000-0000-4000-8000-000000000000' }],
      ['query', 'bookings.mine', {}],
      ['mutation', 'bookings.cancel', { id: '00000000-0000-4000-8000-000000000000' }],
      ['query', 'staff.bookings.list', {}],
    ];
    for (const [type, path, input] of calls) {
      const { response, item } = await one(type, path, input, { cookie });
      expect(response.status, path).toBe(401);
      expect(item.error?.message).toBe('Your session has expired; sign in again');
      expect(response.headers.getSetCookie().join()).toMatch(/reserva_session=;.*Expires=Thu, 01 Jan 1970/);
    }
    const forged = await one('query', 'bookings.mine', {}, { cookie: 'reserva_session=forged' });
    expect(forged.response.status).toBe(401);
  });
});

/** Every issue zod raised, with the issues inside a failed union, by path. */
function issuePaths(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const nested =
      issue.code === 'invalid_union' ? issue.errors.flatMap((branch) => issuePaths(branch, path)) : [];
    return [path.join('.'), ...nested];
  });
}

describe('no bad byte reaches the database', () => {
  it('a NUL in every string field of every procedure is a 400 whose zod issues name that field, never a 500', async () => {
    const admin = { email: 'admin@example.id', password: 'kunci-rahasia-admin', role: 'admin' as const };
    await insertTestUser(database, admin);
    const login = await one('mutation', 'auth.login', admin, { from: '203.0.113.30' });
    const cookie = login.response.headers.getSetCookie()[0]!.split(';')[0]!;
    const procedures = Object.entries(
      appRouter._def.procedures as unknown as Record<string, AnyProcedure>,
    ).filter(([, procedure]) => procedure._def.type !== 'subscription' && procedure._def.inputs.length > 0);
    let checked = 0;
    for (const [path, procedure] of procedures) {
      const schema = procedure._def.inputs[0] as z.ZodType;
      const jsonSchema = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
      const type = procedure._def.type === 'query' ? 'query' : 'mutation';
      // A field of one alternative is tried in a value of that alternative.
      for (const branch of jsonSchema.anyOf ?? jsonSchema.oneOf ?? [jsonSchema]) {
        const [sample] = fc.sample(validShaped(branch), { numRuns: 1, seed: 7 });
        for (const fieldPath of stringPaths(branch)) {
          const input = replacedAt(sample, fieldPath, 'Ani\u0000Budi');
          const { response, item } = await one(type, path, input, { cookie, from: '203.0.113.31' });
          const field = fieldPath.join('.');
          expect(response.status, `${path} ${field}`).toBe(400);
          expect(item.error?.data.code).toBe('BAD_REQUEST');
          const parsed = await schema.safeParseAsync(input);
          expect(parsed.success).toBe(false);
          expect(issuePaths(parsed.error!.issues), `${path} ${field}`).toContain(field);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('the fields people type name themselves in the answer, with the reason', async () => {
    const named: [type: 'query' | 'mutation', path: string, input: unknown, field: string][] = [
      ['mutation', 'auth.login', { email: 'a\u0000@example.id', password: 'x' }, 'email'],
      [
        'mutation',
        'auth.register',
        { email: 'a@example.id', password: 'kopi-susu-2026', name: 'Ani\u0000' },
        'name',
      ],
      ['query', 'events.list', { origin: 'Band\u0000ung' }, 'origin'],
    ];
    for (const [type, path, input, field] of named) {
      const { response, item } = await one(type, path, input, { from: '203.0.113.32' });
      expect(response.status).toBe(400);
      expect(item.error?.message).toBe(`${field}: ${CONTROL_CHARACTER_MESSAGE}`);
      expect(item.error?.data.field).toBe(field);
    }
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'kedai' });
    const notes = await one('mutation', 'bookings.create', {
      venueId: venue.id,
      start: localAt('Asia/Jakarta', 2, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Ani', phone: '081300001234' },
      notes: 'Dekat jendela\nkursi bayi\u0000',
    });
    expect(notes.response.status).toBe(400);
    expect(notes.item.error?.message).toBe('notes: Remove the control characters (like NUL) from this text');
    expect(await rowCount('bookings')).toBe(0);
  });
});

type AnyProcedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
