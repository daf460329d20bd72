import { createSession, issueApiKey } from '@reserva/auth';
import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { buildWorld, type World } from '../../../authorization-fixtures.js';
import { createTestApi, rejectionOf } from '../../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

let world: World;
let admin: ReturnType<typeof testApi.client>['api'];
beforeEach(async () => {
  world = await buildWorld(database, testApi);
  const session = await createSession(database.db, world.people.admin.id);
  admin = testApi.client({ sessionToken: session.token }).api;
});

const auditRows = () => database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();

describe('audit log of admin actions', () => {
  it('records who changed a role, the target, and the row before and after', async () => {
    await admin.admin.users.setRole({ userId: world.people.otherCustomer.id, role: 'staff' });
    const [entry] = await auditRows();
    expect(entry).toMatchObject({
      actor_user_id: world.people.admin.id,
      actor_key_id: null,
      actor_label: 'admin@reserva.test',
      action: 'admin.users.setRole',
      target_kind: 'user',
      target_id: world.people.otherCustomer.id,
      input: { userId: world.people.otherCustomer.id, role: 'staff' },
      before: { role: 'customer', email: 'other@reserva.test', venue_ids: [] },
      after: { role: 'staff', email: 'other@reserva.test', venue_ids: [] },
    });
    // Secrets never reach the log.
    expect(JSON.stringify(entry)).not.toContain('password_hash');
    expect(entry!.created_at).toBeInstanceOf(Date);
  });

  it('records a staff account’s venues before and after, and files the entry under those venues', async () => {
    await admin.admin.users.setVenues({ userId: world.people.staffB.id, venueIds: [world.restaurantA] });
    const [entry] = await auditRows();
    expect(entry).toMatchObject({
      action: 'admin.users.setVenues',
      before: { venue_ids: [world.restaurantB] },
      after: { venue_ids: [world.restaurantA] },
      venue_ids: [world.restaurantA, world.restaurantB].sort(),
    });
  });

  it('a new key is logged with its venues, never with the key or its hash; an API key is named as the actor', async () => {
    const created = await admin.admin.apiKeys.create({
      name: 'Loket',
      role: 'staff',
      venueIds: [world.restaurantB],
    });
    const [entry] = await auditRows();
    expect(entry).toMatchObject({
      action: 'admin.apiKeys.create',
      target_kind: 'apiKey',
      target_id: created.id,
      before: null,
      after: { name: 'Loket', role: 'staff', venue_ids: [world.restaurantB] },
      venue_ids: [world.restaurantB],
    });
    const text = JSON.stringify(entry);
    expect(text).not.toContain(created.key);
    expect(text).not.toContain('key_hash');

    const key = await issueApiKey(database.db, { name: 'ops', role: 'admin', createdBy: null });
    await testApi.client({ bearerToken: key.key }).api.admin.apiKeys.revoke({ id: created.id });
    const revoked = (await auditRows()).at(-1);
    expect(revoked).toMatchObject({
      actor_user_id: null,
      actor_key_id: key.id,
      actor_label: 'api-key:ops',
      action: 'admin.apiKeys.revoke',
      before: { revoked_at: null },
    });
    expect((revoked!.after as { revoked_at: string | null }).revoked_at).not.toBeNull();
  });

  it('a deleted row is logged as it was; a refused or failed admin action leaves no entry', async () => {
    await admin.admin.resources.delete({ id: world.tables.T4! });
    expect(await auditRows()).toMatchObject([
      {
        action: 'admin.resources.delete',
        before: { label: 'T4', venue_id: world.restaurantA },
        after: null,
        venue_ids: [world.restaurantA],
      },
    ]);
    // The last admin cannot step down: the change and its entry roll back together.
    expect(
      (await rejectionOf(admin.admin.users.setRole({ userId: world.people.admin.id, role: 'staff' }))).code,
    ).toBe('CONFLICT');
    expect(
      (
        await rejectionOf(
          admin.admin.venues.update({ id: '00000000-0000-4000-8000-000000000000', name: 'x' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await auditRows()).toHaveLength(1);
  });

  it('admins read it newest first, a page at a time, by actor or by venue; nobody else reads it', async () => {
    await admin.admin.venues.update({ id: world.restaurantA, name: 'Satu' });
    await admin.admin.venues.update({ id: world.restaurantB, name: 'Dua' });
    await admin.admin.resources.update({ id: world.tables.T3!, capacity: 6 });
    const key = await issueApiKey(database.db, { name: 'ops', role: 'admin', createdBy: null });
    await testApi
      .client({ bearerToken: key.key })
      .api.admin.venues.update({ id: world.restaurantA, name: 'Tiga' });

    const first = await admin.admin.audit.list({ limit: 3 });
    expect(first.items.map((item) => item.action)).toEqual([
      'admin.venues.update',
      'admin.resources.update',
      'admin.venues.update',
    ]);
    expect(first.items[0]).toMatchObject({
      actorKeyId: key.id,
      before: { name: 'Satu' },
      after: { name: 'Tiga' },
    });
    const second = await admin.admin.audit.list({ limit: 3, cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [{ after: { name: 'Satu' } }], nextCursor: null });

    const ofA = await admin.admin.audit.list({ venueId: world.restaurantA });
    expect(ofA.items.map((item) => item.targetId)).toEqual([
      world.restaurantA,
      world.tables.T3,
      world.restaurantA,
    ]);
    const byKey = await admin.admin.audit.list({ actorId: key.id });
    expect(byKey.items).toHaveLength(1);
    const byAdmin = await admin.admin.audit.list({ actorId: world.people.admin.id });
    expect(byAdmin.items).toHaveLength(3);

    expect(await rejectionOf(admin.admin.audit.list({ cursor: 'abc' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'cursor',
    });
    const staff = testApi.client({
      sessionToken: (await createSession(database.db, world.people.staffA.id)).token,
    });
    expect((await rejectionOf(staff.api.admin.audit.list({}))).code).toBe('FORBIDDEN');
  });

  it('the database keeps the log append-only', async () => {
    await admin.admin.venues.update({ id: world.restaurantA, name: 'Satu' });
    await expect(sql`UPDATE audit_log SET action = 'forged'`.execute(database.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(database.db)).rejects.toThrow(/append-only/);
    expect(await auditRows()).toHaveLength(1);
  });
});
