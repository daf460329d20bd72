import { appRouter, MAX_CALLS_PER_BATCH } from '@reserva/api';
import { insertResources, insertTestUser, insertVenue } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type JsonSchema, junk, mutated, validShaped } from './fuzz/json-schema-arbitrary.js';
import { startTestServer } from './testing.js';

/**
 * Batches sent per CI run. Each carries 1 to 10 calls, so about 5,500 inputs a run; with the table
 * checksums around each batch this took 20–30 s alone on the 2-core machines. A machine busy with
 * the rest of the suite can be several times slower: the run then stops at TIME_LIMIT_MS, having
 * still sent at least MIN_INPUTS.
 */
const NUM_RUNS = 1_000;
const TIME_LIMIT_MS = 60_000;
const MIN_INPUTS = 1_000;

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

type ProcedureType = 'query' | 'mutation';
interface Procedure {
  path: string;
  type: ProcedureType;
  input: fc.Arbitrary<unknown>;
}

/** Every query and mutation, with inputs drawn from its own zod schema: right-shaped, mutated, or junk. */
const procedures: Procedure[] = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { type: string; inputs: z.ZodType[] } }>,
).flatMap(([path, procedure]) => {
  const type = procedure._def.type;
  // Signing out would end the caller's session for the calls after it.
  if ((type !== 'query' && type !== 'mutation') || path === 'auth.logout') return [];
  const schema = procedure._def.inputs[0];
  if (!schema) return [{ path, type, input: fc.oneof(fc.constant(undefined), junk) }];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return [
    {
      path,
      type,
      input: fc.oneof(
        { weight: 3, arbitrary: validShaped(json) },
        { weight: 4, arbitrary: mutated(json) },
        { weight: 1, arbitrary: junk },
      ),
    },
  ];
});

const callerNames = ['anonymous', 'customer', 'staff', 'admin'] as const;
const cookies: Record<(typeof callerNames)[number], string | undefined> = {
  anonymous: undefined,
  customer: undefined,
  staff: undefined,
  admin: undefined,
};

async function signIn(role: 'customer' | 'staff' | 'admin') {
  const person = { email: `${role}@fuzz.example`, password: 'fuzz-kunci-rahasia', role };
  await insertTestUser(database, person);
  const response = await fetch(`${server.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: new URL(server.url).origin },
    body: JSON.stringify({ email: person.email, password: person.password }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** One digest per table: any row written, changed or deleted changes it. */
async function checksums(): Promise<Record<string, string>> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT tablename AS name FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('kysely_migration', 'kysely_migration_lock', 'rate_limits')
    ORDER BY tablename
  `.execute(database.db);
  const digests = sql.join(
    tables.map(
      ({ name }) =>
        sql`SELECT ${name} AS name, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM ${sql.table(name)} t`,
    ),
    sql` UNION ALL `,
  );
  const { rows } = await sql<{ name: string; digest: string }>`${digests}`.execute(database.db);
  return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
}

interface Answer {
  status: number;
  items: { error?: { data?: { code?: string } } }[];
}

async function send(
  type: ProcedureType,
  calls: { path: string; input: unknown }[],
  cookie: string | undefined,
) {
  const paths = calls.map((call) => call.path).join(',');
  const inputs = Object.fromEntries(calls.map((call, index) => [index, call.input]));
  const headers: Record<string, string> = { origin: new URL(server.url).origin };
  if (cookie) headers.cookie = cookie;
  const response =
    type === 'mutation'
      ? await fetch(`${server.url}/trpc/${paths}?batch=1`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(inputs),
        })
      : await fetch(
          `${server.url}/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`,
          {
            headers,
          },
        );
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // Fastify's own refusals (431: a query string too long for the headers) are not tRPC's JSON.
  }
  const items = Array.isArray(body) ? body : [body ?? {}];
  return { status: response.status, items } as Answer;
}

const batchOf = (type: ProcedureType) =>
  fc.array(
    fc
      .constantFrom(...procedures.filter((procedure) => procedure.type === type))
      .chain((procedure) => procedure.input.map((input) => ({ path: procedure.path, input }))),
    { minLength: 1, maxLength: MAX_CALLS_PER_BATCH },
  );

describe('thousands of inputs from each procedure’s own schema, over HTTP', () => {
  it(
    'never answer 500, and a batch refused entirely leaves every table as it was',
    async () => {
      const venue = await insertVenue(database, { kind: 'restaurant', slug: 'fuzz-warung' });
      await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
      cookies.customer = await signIn('customer');
      cookies.staff = await signIn('staff');
      cookies.admin = await signIn('admin');

      let sent = 0;
      let refusedBatches = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...callerNames),
          fc
            .constantFrom<ProcedureType>('query', 'mutation')
            .chain((type) => batchOf(type).map((calls) => ({ type, calls }))),
          async (caller, { type, calls }) => {
            const before = await checksums();
            const answer = await send(type, calls, cookies[caller]);
            sent += calls.length;
            expect(answer.status).not.toBe(500);
            const codes = answer.items.map((item) => item.error?.data?.code ?? 'OK');
            expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
            if (!codes.includes('OK')) {
              refusedBatches += 1;
              expect(await checksums()).toEqual(before);
            }
          },
        ),
        { numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
      );
      expect(sent).toBeGreaterThan(MIN_INPUTS);
      expect(refusedBatches).toBeGreaterThan(MIN_INPUTS / 20);
    },
    TIME_LIMIT_MS + 60_000,
  );
});
