import { createSession, hashPassword, issueApiKey, revokeApiKey } from '@reserva/auth';
import type { TestDatabase } from '@reserva/db/testing';
import type { Role } from '@reserva/domain';
import { sql } from 'kysely';
import { insertEvent, insertLayoutSeats, insertSeatVenue } from './routers/holds/fixtures.js';
import { insertBooking } from './routers/staff/fixtures.js';
import { insertResources, insertVenue, localAt } from './test-fixtures.js';
import type { createTestApi } from './testing.js';

export const TZ = 'Asia/Jakarta';
export const PASSWORD = 'a-long-test-password-91';
let passwordHash: Promise<string> | undefined;

/**
 * Who calls. `scope` is the venues the caller acts for as staff or admin: every venue, venue A's
 * (a restaurant and a cinema) or venue B's (another restaurant).
 */
export interface Caller {
  name: string;
  identity: 'none' | 'staleSession' | 'person' | 'key' | 'deadKey';
  role?: Role;
  scope?: 'all' | 'A' | 'B';
  /** The person behind a session: `customer` owns venue A's booking. */
  person?: 'customer' | 'otherCustomer' | 'staffA' | 'staffB' | 'admin';
}

export const CALLERS: readonly Caller[] = [
  { name: 'anonymous', identity: 'none' },
  { name: 'customer', identity: 'person', role: 'customer', person: 'customer' },
  { name: 'other customer', identity: 'person', role: 'customer', person: 'otherCustomer' },
  { name: 'staff of this venue', identity: 'person', role: 'staff', scope: 'A', person: 'staffA' },
  { name: 'staff of another venue', identity: 'person', role: 'staff', scope: 'B', person: 'staffB' },
  { name: 'admin', identity: 'person', role: 'admin', scope: 'all', person: 'admin' },
  { name: 'customer key', identity: 'key', role: 'customer' },
  { name: 'staff key', identity: 'key', role: 'staff', scope: 'all' },
  { name: 'admin key', identity: 'key', role: 'admin', scope: 'all' },
  { name: 'staff key of this venue', identity: 'key', role: 'staff', scope: 'A' },
  { name: 'staff key of another venue', identity: 'key', role: 'staff', scope: 'B' },
  { name: 'admin key of another venue', identity: 'key', role: 'admin', scope: 'B' },
  { name: 'revoked key', identity: 'deadKey' },
  { name: 'expired key', identity: 'deadKey' },
  { name: 'expired session', identity: 'staleSession' },
];

type TestApi = ReturnType<typeof createTestApi>;

async function insertPerson(database: TestDatabase, email: string, role: Role, venueIds: string[] = []) {
  passwordHash ??= hashPassword(PASSWORD);
  const user = await database.db
    .insertInto('users')
    .values({ email, name: email.split('@')[0]!, role, password_hash: await passwordHash })
    .returning(['id', 'email'])
    .executeTakeFirstOrThrow();
  if (venueIds.length > 0) {
    await database.db
      .insertInto('staff_venues')
      .values(venueIds.map((venueId) => ({ user_id: user.id, venue_id: venueId })))
      .execute();
  }
  return user;
}

/** Venue A (a restaurant and a cinema with a showtime) and venue B, with bookings and holds. */
export async function buildWorld(database: TestDatabase, testApi: TestApi) {
  const restaurantA = (
    await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung-a',
      settings: { openingHours: { open: '10:00', close: '22:00' } },
    })
  ).id;
  const tables = await insertResources(database, restaurantA, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
    { label: 'T3', capacity: 4 },
    { label: 'T4', capacity: 4 },
  ]);
  const cinema = await insertSeatVenue(database, { slug: 'bioskop-a', rows: 2, cols: 8 });
  const cinemaA = cinema.venueId;
  const spareLayout = await insertLayoutSeats(database, cinemaA, {
    rows: 1,
    cols: 2,
    layoutName: 'Studio 2',
  });
  const eventA = await insertEvent(database, { venueId: cinemaA, layoutId: cinema.layoutId });
  const spareEventA = await insertEvent(database, {
    venueId: cinemaA,
    layoutId: cinema.layoutId,
    startsInHours: 72,
  });
  const restaurantB = (await insertVenue(database, { kind: 'restaurant', slug: 'warung-b' })).id;
  const tablesB = await insertResources(database, restaurantB, 'table', [{ label: 'B1', capacity: 4 }]);

  const people = {
    customer: await insertPerson(database, 'customer@reserva.test', 'customer'),
    otherCustomer: await insertPerson(database, 'other@reserva.test', 'customer'),
    staffA: await insertPerson(database, 'staff-a@reserva.test', 'staff', [restaurantA, cinemaA]),
    staffB: await insertPerson(database, 'staff-b@reserva.test', 'staff', [restaurantB]),
    admin: await insertPerson(database, 'admin@reserva.test', 'admin'),
  };

  const start = localAt(TZ, 2, '12:00');
  const end = new Date(start.getTime() + 90 * 60_000);
  const pending = (venueId: string, resourceId: string, userId: string | null) =>
    insertBooking(database, { venueId, status: 'PENDING', start, end, resourceIds: [resourceId], userId });
  const bookingA = await pending(restaurantA, tables.T1!, people.customer.id);
  const bookingB = await pending(restaurantB, tablesB.B1!, null);

  // Each hold procedure gets a hold of its own, so one call cannot spoil the next.
  const guest = testApi.client({ ip: '198.51.100.20' }).api;
  const seat = (label: string) => cinema.seats[label]!;
  const hold = (label: string) => guest.holds.create({ eventId: eventA, seatIds: [seat(label)] });
  const holdToGet = await hold('A1');
  const holdToRelease = await hold('A2');
  const holdToAttach = await hold('A3');
  const holdToCheckout = await hold('A4');
  const holdToClaim = await hold('A5');
  const holdForStaff = await hold('A6');
  const attach = (holdToken: string) =>
    guest.holds.attachContact({ holdToken, name: 'Rina', whatsapp: '0812 1111 2222' });
  const customerClaim = (await attach(holdToClaim.holdToken)).claimCode;
  const staffClaim = (await attach(holdForStaff.holdToken)).claimCode;
  const spareKey = await issueApiKey(database.db, { name: 'spare', role: 'staff', createdBy: null });

  return {
    restaurantA,
    cinemaA,
    restaurantB,
    tables,
    layoutA: cinema.layoutId,
    spareLayoutA: spareLayout.layoutId,
    freeSeatA: seat('B1'),
    eventA,
    spareEventA,
    people,
    bookingA,
    bookingB,
    holdToGet: holdToGet.holdToken,
    holdToRelease: holdToRelease.holdToken,
    holdToAttach: holdToAttach.holdToken,
    holdToCheckout: holdToCheckout.holdToken,
    customerClaim,
    staffClaim,
    bookingStart: localAt(TZ, 3, '12:00'),
    spareKeyId: spareKey.id,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

const DAY_MS = 86_400_000;

/** The credentials a caller sends: a session token, an API key, or nothing. */
export async function credentialsOf(
  database: TestDatabase,
  world: World,
  caller: Caller,
): Promise<{ sessionToken?: string; bearerToken?: string }> {
  const scopes = {
    all: [],
    A: [world.restaurantA, world.cinemaA],
    B: [world.restaurantB],
  };
  if (caller.name === 'expired session') {
    const past = new Date(Date.now() - 31 * DAY_MS);
    return { sessionToken: (await createSession(database.db, world.people.customer.id, past)).token };
  }
  if (caller.identity === 'person') {
    return { sessionToken: (await createSession(database.db, world.people[caller.person!].id)).token };
  }
  if (caller.identity === 'key') {
    const key = await issueApiKey(database.db, {
      name: caller.name,
      role: caller.role!,
      createdBy: null,
      venueIds: scopes[caller.scope ?? 'all'],
    });
    return { bearerToken: key.key };
  }
  if (caller.name === 'revoked key') {
    const key = await issueApiKey(database.db, { name: 'revoked', role: 'admin', createdBy: null });
    await revokeApiKey(database.db, key.id, new Date());
    return { bearerToken: key.key };
  }
  if (caller.name === 'expired key') {
    const key = await issueApiKey(database.db, {
      name: 'expired',
      role: 'admin',
      createdBy: null,
      expiresAt: new Date(Date.now() - 1000),
    });
    return { bearerToken: key.key };
  }
  return {};
}

/**
 * Every row a refused call could have touched, as one digest (sessions, rate counters and a key's
 * last use aside: reading credentials records those).
 */
export async function digestOfRows(database: TestDatabase) {
  const tables = [
    'users',
    'staff_venues',
    'api_keys',
    'api_key_venues',
    'venues',
    'layouts',
    'resources',
    'events',
    'bookings',
    'booking_items',
    'booking_history',
    'payments',
    'audit_log',
  ];
  const parts = tables.map(
    (table) =>
      sql<string>`(SELECT md5(coalesce(string_agg((to_jsonb(t) - 'last_used_at')::text, '|' ORDER BY t::text), '')) FROM ${sql.table(table)} t)`,
  );
  const { rows } = await sql<{ digest: string }>`SELECT concat_ws(',', ${sql.join(parts)}) AS digest`.execute(
    database.db,
  );
  return rows[0]!.digest;
}
