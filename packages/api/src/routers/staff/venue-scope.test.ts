import { createSession, issueApiKey, revokeApiKey } from '@reserva/auth';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../../authorization-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { historyRows, statusOf } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

let world: World;
beforeEach(async () => {
  world = await buildWorld(database, testApi);
});

const asPerson = async (person: keyof World['people']) =>
  testApi.client({ sessionToken: (await createSession(database.db, world.people[person].id)).token }).api;
const withKey = (bearerToken: string) => testApi.client({ bearerToken }).api;

describe('staff act only at their venues', () => {
  it('staff of venue A acting on venue B are refused FORBIDDEN, and nothing changes', async () => {
    const staffA = await asPerson('staffA');
    const { id, code } = world.bookingB;
    const history = await historyRows(database, id);
    const refusals = [
      () => staffA.staff.bookings.confirm({ id }),
      () => staffA.staff.bookings.cancel({ id, reasonCode: 'OTHER', description: 'Tutup' }),
      () => staffA.staff.bookings.noShow({ id }),
      () => staffA.staff.bookings.checkIn({ code }),
      () => staffA.staff.bookings.assignable({ id }),
      () => staffA.staff.stats({ venueId: world.restaurantB }),
      () => staffA.staff.bookings.list({ venueId: world.restaurantB }),
      // A table of venue A given to venue B's booking: the booking's venue is checked too.
      () => staffA.staff.bookings.assign({ id, resourceId: world.tables.T2! }),
    ];
    for (const refusal of refusals) {
      expect(await rejectionOf(refusal())).toMatchObject({
        code: 'FORBIDDEN',
        message: 'This account or key does not act for this venue',
      });
    }
    expect(await statusOf(database, id)).toBe('PENDING');
    expect(await historyRows(database, id)).toEqual(history);
    // Venue A's own booking is theirs to act on.
    expect(await staffA.staff.bookings.confirm({ id: world.bookingA.id })).toMatchObject({
      status: 'CONFIRMED',
    });
  });

  it('a booking of another venue is NOT_FOUND to staff, as to any stranger', async () => {
    const staffA = await asPerson('staffA');
    expect((await rejectionOf(staffA.bookings.get({ id: world.bookingB.id }))).code).toBe('NOT_FOUND');
    expect(await staffA.bookings.get({ id: world.bookingA.id })).toMatchObject({ id: world.bookingA.id });
  });

  it('lists and stats show only the caller’s venues', async () => {
    const staffA = await asPerson('staffA');
    const staffB = await asPerson('staffB');
    const admin = await asPerson('admin');
    const codes = async (api: typeof staffA) =>
      (await api.staff.bookings.list({})).items.map((booking) => booking.code).sort();
    expect(await codes(staffA)).toEqual(
      [world.bookingA.code, ...(await holdCodes(world.cinemaA))].filter(Boolean).sort(),
    );
    expect(await codes(staffB)).toEqual([world.bookingB.code]);
    expect((await codes(admin)).length).toBe((await codes(staffA)).length + 1);
    expect((await staffB.staff.stats({})).total).toBe(1);
  });

  it('a staff account with no venues sees nothing and acts nowhere', async () => {
    const admin = await asPerson('admin');
    await admin.admin.users.setVenues({ userId: world.people.staffB.id, venueIds: [] });
    const staffB = await asPerson('staffB');
    expect(await staffB.staff.bookings.list({})).toEqual({ items: [], total: 0 });
    expect((await rejectionOf(staffB.staff.bookings.confirm({ id: world.bookingB.id }))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('admins give staff their venues; only staff accounts take venues, and only venues that exist', async () => {
    const admin = await asPerson('admin');
    const updated = await admin.admin.users.setVenues({
      userId: world.people.staffB.id,
      venueIds: [world.restaurantB, world.restaurantA, world.restaurantA],
    });
    expect(updated.venueIds).toEqual([world.restaurantA, world.restaurantB].sort());
    const staffB = await asPerson('staffB');
    expect(await staffB.staff.bookings.confirm({ id: world.bookingA.id })).toMatchObject({
      status: 'CONFIRMED',
    });
    const listed = await admin.admin.users.list({ role: 'staff' });
    expect(listed.items.find((user) => user.id === world.people.staffB.id)?.venueIds).toEqual(
      updated.venueIds,
    );

    expect(
      await rejectionOf(admin.admin.users.setVenues({ userId: world.people.customer.id, venueIds: [] })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'venueIds' });
    expect(
      await rejectionOf(
        admin.admin.users.setVenues({
          userId: world.people.staffA.id,
          venueIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'venueIds' });
    expect(
      await rejectionOf(
        staffB.admin.users.setVenues({ userId: world.people.staffB.id, venueIds: [world.restaurantA] }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});

async function holdCodes(venueId: string) {
  const rows = await database.db
    .selectFrom('bookings')
    .select('code')
    .where('venue_id', '=', venueId)
    .execute();
  return rows.map((row) => row.code);
}

describe('API keys: role, venues and expiry', () => {
  it('an expired key is refused with 401 on every procedure, public ones too', async () => {
    const key = await issueApiKey(database.db, {
      name: 'old',
      role: 'admin',
      createdBy: null,
      expiresAt: new Date(Date.now() - 1000),
    });
    const api = withKey(key.key);
    for (const call of [
      () => api.venues.list({}),
      () => api.admin.users.list({}),
      () => api.staff.bookings.list({}),
    ]) {
      expect(await rejectionOf(call())).toMatchObject({
        code: 'UNAUTHORIZED',
        message: 'This API key has expired',
      });
    }
    expect(
      await database.db
        .selectFrom('api_keys')
        .select('last_used_at')
        .where('id', '=', key.id)
        .executeTakeFirst(),
    ).toEqual({
      last_used_at: null,
    });
  });

  it('a revoked key is refused with 401; a key that never existed says no more than "invalid"', async () => {
    const key = await issueApiKey(database.db, { name: 'gone', role: 'staff', createdBy: null });
    expect(await withKey(key.key).staff.bookings.list({})).toMatchObject({ total: expect.any(Number) });
    await revokeApiKey(database.db, key.id, new Date());
    expect(await rejectionOf(withKey(key.key).staff.bookings.list({}))).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This API key has been revoked',
    });
    const forged = `${key.key.slice(0, -4)}aaaa`;
    expect(await rejectionOf(withKey(forged).venues.list({}))).toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'This API key is invalid or has been revoked',
    });
  });

  it('admins create keys limited to venues and with an expiry; the key acts only there', async () => {
    const admin = await asPerson('admin');
    const expiresAt = new Date(Date.now() + 3_600_000);
    const created = await admin.admin.apiKeys.create({
      name: 'Loket B',
      role: 'staff',
      venueIds: [world.restaurantB],
      expiresAt: expiresAt.toISOString(),
    });
    expect(created).toMatchObject({ venueIds: [world.restaurantB], expiresAt: expiresAt.toISOString() });
    const listed = (await admin.admin.apiKeys.list()).find((key) => key.id === created.id);
    expect(listed).toMatchObject({ venueIds: [world.restaurantB], expiresAt: expiresAt.toISOString() });

    const key = withKey(created.key);
    expect(await key.staff.bookings.confirm({ id: world.bookingB.id })).toMatchObject({
      status: 'CONFIRMED',
    });
    expect(await rejectionOf(key.staff.bookings.confirm({ id: world.bookingA.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await statusOf(database, world.bookingA.id)).toBe('PENDING');

    expect(
      await rejectionOf(
        admin.admin.apiKeys.create({
          name: 'x',
          role: 'staff',
          expiresAt: new Date(Date.now() - 1).toISOString(),
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'expiresAt' });
    expect(
      await rejectionOf(
        admin.admin.apiKeys.create({
          name: 'x',
          role: 'staff',
          venueIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'venueIds' });
  });

  it('a venue-limited admin key manages its venues but nothing global (no keys, users or new venues)', async () => {
    const key = await issueApiKey(database.db, {
      name: 'admin A',
      role: 'admin',
      createdBy: null,
      venueIds: [world.restaurantA, world.cinemaA],
    });
    const api = withKey(key.key);
    expect(await api.admin.venues.update({ id: world.restaurantA, name: 'Warung A' })).toMatchObject({
      name: 'Warung A',
    });
    expect((await api.admin.venues.list({})).map((venue) => venue.id).sort()).toEqual(
      [world.restaurantA, world.cinemaA].sort(),
    );
    for (const call of [
      () => api.admin.apiKeys.create({ name: 'escalate', role: 'admin' }),
      () => api.admin.users.setRole({ userId: world.people.customer.id, role: 'admin' }),
      () => api.admin.venues.update({ id: world.restaurantB, name: 'Bukan' }),
    ]) {
      expect((await rejectionOf(call())).code).toBe('FORBIDDEN');
    }
  });

  it('a malformed id from a venue-limited caller is bad input naming the field, not a pass', async () => {
    const staffA = await asPerson('staffA');
    expect(await rejectionOf(staffA.staff.bookings.confirm({ id: 'not-a-uuid' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'id',
    });
  });
});
