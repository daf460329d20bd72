import type { TestDatabase } from '@reserva/db/testing';
import { TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { ApiDeps, RequestInfo } from './context.js';
import { createContext } from './create-context.js';
import { FieldedTRPCError } from './errors.js';
import { createChangeFeed } from './live/change-feed.js';
import {
  createSimulatedCardGateway,
  type SimulatedGatewayOptions,
} from './payments/simulated-card-gateway.js';
import { appRouter } from './router.js';
import { createCallerFactory } from './trpc.js';

const createCaller = createCallerFactory(appRouter);

export const TEST_HOST = 'reserva.test';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

export interface TestClientOptions {
  /** Send this `Origin` on every call; defaults to our own origin, as a browser on our page would. */
  origin?: string | null;
  bearerToken?: string;
  sessionToken?: string;
  ip?: string;
}

/**
 * For tests: the real router, called in-process, with a cookie jar standing in for the browser.
 * Each call builds a fresh context, as each HTTP request would.
 */
export function createTestApi(database: TestDatabase, options: { gateway?: SimulatedGatewayOptions } = {}) {
  const feed = createChangeFeed(database.db, { url: database.url });
  const cardGateway = createSimulatedCardGateway(database.db, options.gateway);
  const deps: ApiDeps = { db: database.db, feed, cardGateway, config: { allowedOrigins: [] } };

  function client(options: TestClientOptions = {}) {
    const jar = {
      sessionToken: options.sessionToken,
      holdToken: undefined as string | undefined,
      cookieWrites: 0,
    };
    const requestInfo = (): RequestInfo => ({
      ip: options.ip ?? '203.0.113.7',
      origin: options.origin === null ? undefined : (options.origin ?? TEST_ORIGIN),
      host: TEST_HOST,
      sessionToken: jar.sessionToken,
      bearerToken: options.bearerToken,
      setSessionCookie: (token) => {
        jar.sessionToken = token;
        jar.cookieWrites += 1;
      },
      clearSessionCookie: () => {
        jar.sessionToken = undefined;
      },
      holdToken: jar.holdToken,
      setHoldCookie: (token) => {
        jar.holdToken = token;
      },
      clearHoldCookie: () => {
        jar.holdToken = undefined;
      },
    });
    return { api: createCaller(() => createContext(deps, requestInfo())), jar };
  }

  return { deps, client, close: () => feed.close() };
}

/** A user straight in the database, for tests that need one with a given role. */
export async function insertTestUser(
  database: TestDatabase,
  user: {
    email: string;
    password?: string;
    role?: 'customer' | 'staff' | 'admin';
    name?: string;
    /** A staff account's venues; by default every venue in the database when it is inserted. */
    venueIds?: string[];
  },
) {
  const { hashPassword } = await import('@reserva/auth');
  const row = await database.db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name ?? user.email.split('@')[0]!,
      role: user.role ?? 'customer',
      password_hash: await hashPassword(user.password ?? 'correct horse battery'),
    })
    .returning(['id', 'email', 'role'])
    .executeTakeFirstOrThrow();
  if (row.role === 'staff') await assignStaffVenues(database, row.id, user.venueIds);
  return row;
}

/** Makes a staff account work at these venues (by default every venue in the database now). */
export async function assignStaffVenues(database: TestDatabase, userId: string, venueIds?: string[]) {
  const ids = venueIds ?? (await database.db.selectFrom('venues').select('id').execute()).map((v) => v.id);
  await database.db.deleteFrom('staff_venues').where('user_id', '=', userId).execute();
  if (ids.length === 0) return;
  await database.db
    .insertInto('staff_venues')
    .values(ids.map((venueId) => ({ user_id: userId, venue_id: venueId })))
    .execute();
}

/** The field an error is about: a domain error's field, or the first path zod complained about. */
export function fieldOf(error: TRPCError): string | undefined {
  if (error instanceof FieldedTRPCError && error.field) return error.field;
  if (error.cause instanceof ZodError) return error.cause.issues[0]?.path.join('.');
  return undefined;
}

/** Awaits a call that must fail, and returns its tRPC error (the assertion fails if it succeeded). */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<TRPCError & { field: string | undefined }> {
  const outcome = await promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  if (outcome.ok) throw new Error(`expected the call to fail, it returned ${JSON.stringify(outcome.value)}`);
  if (!(outcome.error instanceof TRPCError)) throw outcome.error;
  return Object.assign(outcome.error, { field: fieldOf(outcome.error) });
}
export * from './payments/midtrans/fake-midtrans-server.js';
export * from './routers/holds/fixtures.js';
export * from './test-fixtures.js';
