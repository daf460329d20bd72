import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const codeOf = async (promise: Promise<unknown>) => (await rejectionOf(promise)).code;

async function signedIn(role: 'customer' | 'staff' | 'admin', email = `${role}@reserva.test`) {
  await insertTestUser(database, { email, role, password: 'password-123' });
  const client = testApi.client();
  await client.api.auth.login({ email, password: 'password-123' });
  return client.api;
}

describe('roles', () => {
  it('anonymous callers are UNAUTHORIZED; customers and staff are FORBIDDEN from admin procedures', async () => {
    expect(await codeOf(testApi.client().api.admin.users.list())).toBe('UNAUTHORIZED');
    expect(await codeOf((await signedIn('customer')).admin.users.list())).toBe('FORBIDDEN');
    const staff = await signedIn('staff');
    expect(await codeOf(staff.admin.users.list())).toBe('FORBIDDEN');
    expect(await codeOf(staff.admin.apiKeys.create({ name: 'x', role: 'admin' }))).toBe('FORBIDDEN');
    expect(await database.db.selectFrom('api_keys').selectAll().execute()).toEqual([]);
  });

  it('an admin lists users with a search and a total, and changes a role', async () => {
    const admin = await signedIn('admin');
    const budi = await insertTestUser(database, { email: 'budi@example.id', name: 'Budi Santoso' });
    await insertTestUser(database, { email: 'citra@example.id', name: 'Citra Lestari' });

    const all = await admin.admin.users.list();
    expect(all.total).toBe(3);
    const found = await admin.admin.users.list({ q: 'santoso', skip: 0, limit: 10 });
    expect(found.items.map((u) => u.email)).toEqual(['budi@example.id']);
    expect(typeof found.items[0]!.createdAt).toBe('string');

    const promoted = await admin.admin.users.setRole({ userId: budi.id, role: 'staff' });
    expect(promoted.role).toBe('staff');
    const row = await database.db
      .selectFrom('users')
      .select('role')
      .where('id', '=', budi.id)
      .executeTakeFirstOrThrow();
    expect(row.role).toBe('staff');
  });

  it('the last admin cannot be demoted; unknown and malformed user ids are NOT_FOUND and BAD_REQUEST', async () => {
    const admin = await signedIn('admin');
    const me = (await admin.auth.me())!;
    expect(await codeOf(admin.admin.users.setRole({ userId: me.id, role: 'customer' }))).toBe('CONFLICT');
    expect(
      await codeOf(
        admin.admin.users.setRole({ userId: '00000000-0000-4000-8000-000000000000', role: 'staff' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await codeOf(admin.admin.users.setRole({ userId: 'not-a-uuid', role: 'staff' }))).toBe(
      'BAD_REQUEST',
    );
    expect((await admin.auth.me())?.role).toBe('admin');
  });

  it('a role change applies to existing sessions at once', async () => {
    const admin = await signedIn('admin');
    const staffClient = testApi.client();
    const staffUser = await insertTestUser(database, {
      email: 'desk@reserva.test',
      role: 'staff',
      password: 'password-123',
    });
    await staffClient.api.auth.login({ email: 'desk@reserva.test', password: 'password-123' });
    await admin.admin.users.setRole({ userId: staffUser.id, role: 'admin' });
    expect((await staffClient.api.admin.users.list()).total).toBe(2);
  });
});

describe('API keys', () => {
  it('a key is shown once, stored hashed, acts with its role, records its last use, and stops working when revoked', async () => {
    const admin = await signedIn('admin');
    const created = await admin.admin.apiKeys.create({ name: 'Bus office', role: 'staff' });
    expect(created.key).toMatch(/^rsv_[a-z2-7]{8}_[a-z2-7]{32}$/);
    expect(created.key.startsWith(`rsv_${created.prefix}_`)).toBe(true);

    const { rows } = await sql<{ dump: string }>`SELECT json_agg(k)::text AS dump FROM api_keys k`.execute(
      database.db,
    );
    expect(rows[0]!.dump).not.toContain(created.key);
    expect(rows[0]!.dump).not.toContain(created.key.split('_')[2]);

    const listed = await admin.admin.apiKeys.list();
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('key');
    expect(listed[0]).toMatchObject({ name: 'Bus office', role: 'staff', lastUsedAt: null, revokedAt: null });

    const withKey = testApi.client({ bearerToken: created.key, origin: null });
    // Staff role: staff procedures work (none yet besides reads of auth), admin ones do not.
    expect(await codeOf(withKey.api.admin.users.list())).toBe('FORBIDDEN');
    expect(await withKey.api.venues.list()).toEqual([]);
    expect((await admin.admin.apiKeys.list())[0]!.lastUsedAt).not.toBeNull();

    const adminKey = await admin.admin.apiKeys.create({ name: 'Reporting', role: 'admin' });
    const asAdminKey = testApi.client({ bearerToken: adminKey.key, origin: null });
    expect((await asAdminKey.api.admin.users.list()).total).toBe(1);

    const revoked = await admin.admin.apiKeys.revoke({ id: adminKey.id });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await codeOf(asAdminKey.api.admin.users.list())).toBe('UNAUTHORIZED');
    expect(await codeOf(asAdminKey.api.venues.list())).toBe('UNAUTHORIZED');
    expect(await codeOf(admin.admin.apiKeys.revoke({ id: adminKey.id }))).toBe('CONFLICT');
  });

  it('a made-up or tampered key is UNAUTHORIZED', async () => {
    const admin = await signedIn('admin');
    const { key } = await admin.admin.apiKeys.create({ name: 'Real', role: 'admin' });
    const tampered = `${key.slice(0, -1)}${key.endsWith('a') ? 'b' : 'a'}`;
    for (const bearerToken of [tampered, 'rsv_aaaaaaaa_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'nonsense']) {
      expect(await codeOf(testApi.client({ bearerToken }).api.auth.me())).toBe('UNAUTHORIZED');
    }
  });

  it('an API key cannot sign out: it is not a person', async () => {
    const admin = await signedIn('admin');
    const { key } = await admin.admin.apiKeys.create({ name: 'Ops', role: 'admin' });
    expect(await codeOf(testApi.client({ bearerToken: key }).api.auth.logout())).toBe('FORBIDDEN');
    expect(await testApi.client({ bearerToken: key }).api.auth.me()).toBeNull();
  });
});
