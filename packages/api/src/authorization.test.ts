import { useTestDatabase } from '@reserva/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  buildWorld,
  CALLERS,
  type Caller,
  credentialsOf,
  digestOfRows,
  PASSWORD,
  type World,
} from './authorization-fixtures.js';
import { TEST_CARDS } from './payments/simulated-card-gateway.js';
import { appRouter } from './router.js';
import { createTestApi } from './testing.js';

/**
 * Who may call what, generated from the router itself: every procedure needs a row here (a new
 * procedure without one fails the first test), and each row is called by every kind of caller.
 *
 * - `public`: anyone (a revoked or expired key is refused everywhere: the caller meant to sign in).
 * - `person`: a signed-in person, not an API key.
 * - `owner`: the person who owns venue A's booking; other people are told NOT_FOUND.
 * - `ownerOrStaff`: the owner, or staff and admins acting for venue A; anyone else NOT_FOUND.
 * - `staff`: staff or admins acting for venue A; staff of venue B are FORBIDDEN.
 * - `staffPerson`: as `staff`, but a signed-in person only (an API key is FORBIDDEN).
 * - `staffList`: staff or admins anywhere (the list shows only their venues).
 * - `admin`: admins acting for venue A. `adminList`: admins anywhere (filtered).
 * - `adminGlobal`: admins acting for every venue (users, keys, new venues, the audit log).
 */
type Access =
  | 'public'
  | 'person'
  | 'owner'
  | 'ownerOrStaff'
  | 'staff'
  | 'staffPerson'
  | 'staffList'
  | 'admin'
  | 'adminList'
  | 'adminGlobal';

interface Row {
  access: Access;
  /** A valid input aimed at venue A's rows. */
  input: (w: World) => unknown;
}

const card = { method: 'card' as const, card: { number: TEST_CARDS.succeeds, expiry: '12/30', cvc: '123' } };
const iso = (date: Date) => date.toISOString();
const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000);

const TABLE: Record<string, Row> = {
  'auth.register': {
    access: 'public',
    input: () => ({ email: 'new@reserva.test', password: PASSWORD, name: 'Baru' }),
  },
  'auth.login': { access: 'public', input: () => ({ email: 'customer@reserva.test', password: PASSWORD }) },
  'auth.me': { access: 'public', input: () => undefined },
  'venues.list': { access: 'public', input: () => ({}) },
  'venues.get': { access: 'public', input: (w) => ({ id: w.restaurantA }) },
  'availability.search': {
    access: 'public',
    input: (w) => ({ venueId: w.restaurantA, date: iso(w.bookingStart).slice(0, 10), partySize: 2 }),
  },
  'bookings.create': {
    access: 'public',
    input: (w) => ({
      venueId: w.restaurantA,
      start: iso(w.bookingStart),
      partySize: 2,
      contact: { name: 'Rina', phone: '0812 1111 2222' },
    }),
  },
  'bookings.get': { access: 'ownerOrStaff', input: (w) => ({ id: w.bookingA.id }) },
  'bookings.mine': { access: 'person', input: () => ({}) },
  'bookings.cancel': { access: 'owner', input: (w) => ({ id: w.bookingA.id }) },
  'events.list': { access: 'public', input: (w) => ({ venueId: w.cinemaA }) },
  'events.get': { access: 'public', input: (w) => ({ id: w.eventA }) },
  'events.seatMap': { access: 'public', input: (w) => ({ eventId: w.eventA }) },
  'events.onSeatChange': { access: 'public', input: (w) => ({ eventId: w.eventA }) },
  'holds.create': { access: 'public', input: (w) => ({ eventId: w.eventA, seatIds: [w.freeSeatA] }) },
  'holds.get': { access: 'public', input: (w) => ({ holdToken: w.holdToGet }) },
  'holds.release': { access: 'public', input: (w) => ({ holdToken: w.holdToRelease }) },
  'holds.attachContact': {
    access: 'public',
    input: (w) => ({ holdToken: w.holdToAttach, name: 'Rina', whatsapp: '0812 1111 2222' }),
  },
  'holds.claim': { access: 'public', input: (w) => ({ claimCode: w.customerClaim }) },
  'holds.checkout': {
    access: 'public',
    input: (w) => ({ holdToken: w.holdToCheckout, payment: card, idempotencyKey: 'authz-checkout-1' }),
  },
  'staff.bookings.list': { access: 'staffList', input: () => ({}) },
  'staff.bookings.confirm': { access: 'staff', input: (w) => ({ id: w.bookingA.id }) },
  'staff.bookings.assign': {
    access: 'staff',
    input: (w) => ({ id: w.bookingA.id, resourceId: w.tables.T2 }),
  },
  'staff.bookings.assignable': { access: 'staff', input: (w) => ({ id: w.bookingA.id }) },
  'staff.bookings.checkIn': { access: 'staff', input: (w) => ({ code: w.bookingA.code }) },
  'staff.bookings.complete': { access: 'staff', input: (w) => ({ id: w.bookingA.id }) },
  'staff.bookings.noShow': { access: 'staff', input: (w) => ({ id: w.bookingA.id }) },
  'staff.bookings.cancel': {
    access: 'staff',
    input: (w) => ({ id: w.bookingA.id, reasonCode: 'OTHER', description: 'Tutup' }),
  },
  'staff.payments.lookup': { access: 'staff', input: (w) => ({ claimCode: w.staffClaim }) },
  'staff.payments.confirm': { access: 'staff', input: (w) => ({ claimCode: w.staffClaim }) },
  'staff.stats': { access: 'staffList', input: () => ({}) },
  'bookings.cancelQuote': { access: 'ownerOrStaff', input: (w) => ({ id: w.bookingA.id }) },
  'payments.quote': { access: 'ownerOrStaff', input: (w) => ({ bookingId: w.bookingA.id }) },
  'payments.timeline': { access: 'ownerOrStaff', input: (w) => ({ bookingId: w.bookingA.id }) },
  'payments.pay': {
    access: 'ownerOrStaff',
    input: (w) => ({ bookingId: w.bookingA.id, card: card.card, idempotencyKey: 'authz-pay-000001' }),
  },
  'staff.payments.record': {
    access: 'staff',
    input: (w) => ({
      bookingId: w.bookingA.id,
      method: 'cash',
      reference: 'Kasir 1',
      amountMinor: 50_000,
      idempotencyKey: 'authz-record-0001',
    }),
  },
  'staff.payments.refund': {
    access: 'staff',
    input: (w) => ({
      bookingId: w.bookingA.id,
      amountMinor: 10_000,
      reason: 'Goodwill',
      idempotencyKey: 'authz-refund-0001',
    }),
  },
  'staff.payments.retryRefund': { access: 'staff', input: (w) => ({ bookingId: w.bookingA.id }) },
  'staff.calendar.venueFeed': { access: 'staffPerson', input: (w) => ({ venueId: w.restaurantA }) },
  'calendar.myFeed': { access: 'person', input: () => undefined },
  'admin.users.list': { access: 'adminGlobal', input: () => ({}) },
  'admin.users.setRole': {
    access: 'adminGlobal',
    input: (w) => ({ userId: w.people.otherCustomer.id, role: 'customer' }),
  },
  'admin.users.setVenues': {
    access: 'adminGlobal',
    input: (w) => ({ userId: w.people.staffA.id, venueIds: [w.restaurantA, w.cinemaA] }),
  },
  'admin.apiKeys.create': { access: 'adminGlobal', input: () => ({ name: 'Loket', role: 'staff' }) },
  'admin.apiKeys.list': { access: 'adminGlobal', input: () => undefined },
  'admin.apiKeys.revoke': { access: 'adminGlobal', input: (w) => ({ id: w.spareKeyId }) },
  'admin.audit.list': { access: 'adminGlobal', input: () => ({}) },
  'admin.venues.create': {
    access: 'adminGlobal',
    input: () => ({ slug: 'warung-baru', kind: 'restaurant', name: 'Warung Baru' }),
  },
  'admin.venues.update': { access: 'admin', input: (w) => ({ id: w.restaurantA, name: 'Warung A' }) },
  'admin.venues.list': { access: 'adminList', input: () => ({}) },
  'admin.resources.list': { access: 'admin', input: (w) => ({ venueId: w.restaurantA }) },
  'admin.resources.create': {
    access: 'admin',
    input: (w) => ({ venueId: w.restaurantA, label: 'T9', capacity: 2 }),
  },
  'admin.resources.update': { access: 'admin', input: (w) => ({ id: w.tables.T3, capacity: 6 }) },
  'admin.resources.delete': { access: 'admin', input: (w) => ({ id: w.tables.T4 }) },
  'admin.layouts.list': { access: 'adminList', input: () => ({}) },
  'admin.layouts.get': { access: 'admin', input: (w) => ({ id: w.layoutA }) },
  'admin.layouts.create': {
    access: 'admin',
    input: (w) => ({
      venueId: w.cinemaA,
      kind: 'hall',
      name: 'Studio 3',
      rows: 2,
      cols: 2,
      seatClasses: [{ name: 'Regular', priceMinor: 40_000 }],
    }),
  },
  'admin.layouts.update': { access: 'admin', input: (w) => ({ id: w.spareLayoutA, name: 'Studio 2b' }) },
  'admin.layouts.delete': { access: 'admin', input: (w) => ({ id: w.spareLayoutA }) },
  'admin.events.list': { access: 'adminList', input: () => ({}) },
  'admin.events.create': {
    access: 'admin',
    input: (w) => ({
      kind: 'showtime',
      venueId: w.cinemaA,
      layoutId: w.layoutA,
      title: 'Pengabdi',
      startsAt: iso(hoursAfter(w.bookingStart, 48)),
      endsAt: iso(hoursAfter(w.bookingStart, 50)),
      priceMinor: 40_000,
    }),
  },
  'admin.events.update': { access: 'admin', input: (w) => ({ id: w.eventA, title: 'Agak Laen 2' }) },
  'admin.events.cancel': {
    access: 'admin',
    input: (w) => ({ id: w.spareEventA, reason: 'Proyektor rusak' }),
  },
  'admin.events.refundProgress': { access: 'admin', input: (w) => ({ eventId: w.spareEventA }) },
  'admin.events.retryRefunds': { access: 'admin', input: (w) => ({ eventId: w.spareEventA }) },
  // Last: signing out ends the caller's session.
  'auth.logout': { access: 'person', input: () => undefined },
};

type Outcome = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND';

const actsForA = (caller: Caller) => caller.scope === 'all' || caller.scope === 'A';
const isStaffRole = (caller: Caller) => caller.role === 'staff' || caller.role === 'admin';

/** What a caller should get from a procedure with this access. */
function expected(access: Access, caller: Caller): Outcome {
  if (caller.identity === 'deadKey') return 'UNAUTHORIZED';
  if (access === 'public') return 'allowed';
  if (access === 'ownerOrStaff') {
    if (caller.person === 'customer' || (isStaffRole(caller) && actsForA(caller))) return 'allowed';
    // A session that has run out is told so (401), not that the booking does not exist.
    return caller.identity === 'staleSession' ? 'UNAUTHORIZED' : 'NOT_FOUND';
  }
  if (caller.identity === 'none' || caller.identity === 'staleSession') return 'UNAUTHORIZED';
  if (access === 'staffPerson') {
    return caller.identity === 'person' && isStaffRole(caller) && actsForA(caller) ? 'allowed' : 'FORBIDDEN';
  }
  if (access === 'person') return caller.identity === 'person' ? 'allowed' : 'FORBIDDEN';
  if (access === 'owner') {
    if (caller.identity !== 'person') return 'FORBIDDEN';
    return caller.person === 'customer' ? 'allowed' : 'NOT_FOUND';
  }
  const needed = access.startsWith('admin') ? 'admin' : 'staff';
  if (needed === 'admin' ? caller.role !== 'admin' : !isStaffRole(caller)) return 'FORBIDDEN';
  if (access === 'staffList' || access === 'adminList') return 'allowed';
  if (access === 'adminGlobal') return caller.scope === 'all' ? 'allowed' : 'FORBIDDEN';
  return actsForA(caller) ? 'allowed' : 'FORBIDDEN';
}

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
// Signing out goes last, whatever order the router lists procedures in.
const paths = Object.keys(TABLE).filter((path) => path in procedures);

const auditEntries = async (action: string) =>
  (await database.db.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

type Callable = (input: unknown) => Promise<unknown>;
const procedureOf = (api: unknown, path: string) =>
  path.split('.').reduce((node, part) => (node as Record<string, unknown>)[part], api) as Callable;

async function outcomeOf(call: Promise<unknown>): Promise<{ outcome: Outcome; succeeded: boolean }> {
  try {
    const value = await call;
    // A subscription is checked up to its middleware: close the stream it opened.
    if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
      await (value as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    }
    return { outcome: 'allowed', succeeded: true };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND') {
      return { outcome: error.code, succeeded: false };
    }
    // CONFLICT, BAD_REQUEST…: the caller got past every check; the booking had moved on, say.
    return { outcome: 'allowed', succeeded: false };
  }
}

describe('authorization, generated from the router', () => {
  it('has exactly one row per procedure', () => {
    const missing = Object.keys(procedures).filter((path) => !(path in TABLE));
    const extra = Object.keys(TABLE).filter((path) => !(path in procedures));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  let world: World;
  beforeEach(async () => {
    world = await buildWorld(database, testApi);
  });

  it.each(CALLERS.map((caller) => [caller.name, caller] as const))(
    '%s: every procedure answers as the table says, and a refused call changes nothing',
    async (_name, caller) => {
      const credentials = await credentialsOf(database, world, caller);
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const path of paths) {
        const row = TABLE[path]!;
        // A fresh client per call: signing in or registering must not change who the next call is.
        const { api } = testApi.client({ ...credentials, ip: '203.0.113.50' });
        const isMutation = procedures[path]!._def.type === 'mutation';
        want[path] = expected(row.access, caller);
        // Only calls that should be refused are digested (the tables are read twice per call).
        const before = isMutation && want[path] !== 'allowed' ? await digestOfRows(database) : null;
        const { outcome, succeeded } = await outcomeOf(procedureOf(api, path)(row.input(world)));
        got[path] = outcome;
        if (before !== null && outcome !== 'allowed') expect(await digestOfRows(database), path).toBe(before);
        if (isMutation && succeeded && path.startsWith('admin.'))
          expect(await auditEntries(path), path).toBe(1);
      }
      expect(got).toEqual(want);
    },
  );
});
