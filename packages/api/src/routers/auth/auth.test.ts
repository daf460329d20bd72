import { hashToken } from '@reserva/auth';
import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const alice = { email: 'alice@example.id', password: 'rahasia-sekali', name: 'Alice Wijaya' };

const countRows = async (table: 'sessions' | 'users') =>
  (
    await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('auth', () => {
  it('register signs in; me returns the user; logout ends the session; me is then null', async () => {
    const { api, jar } = testApi.client();
    const user = await api.auth.register({ ...alice, email: '  Alice@Example.ID ', phone: '0812-3456-7890' });
    expect(user).toMatchObject({
      email: 'alice@example.id',
      name: 'Alice Wijaya',
      role: 'customer',
      phone: '+6281234567890',
    });
    expect(jar.sessionToken).toBeTruthy();
    expect(await api.auth.me()).toMatchObject({ id: user.id, email: 'alice@example.id' });

    expect(await api.auth.logout()).toEqual({ ok: true });
    expect(jar.sessionToken).toBeUndefined();
    expect(await api.auth.me()).toBeNull();
    expect(await countRows('sessions')).toBe(0);
  });

  it('login with the right password signs in, case-insensitively on the email', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    const { api, jar } = testApi.client();
    const user = await api.auth.login({ email: 'ALICE@example.id', password: alice.password });
    expect(user.email).toBe(alice.email);
    expect(jar.sessionToken).toBeTruthy();
    expect((await api.auth.me())?.email).toBe(alice.email);
  });

  it('a wrong password is UNAUTHORIZED and creates no session', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    const { api, jar } = testApi.client();
    const error = await rejectionOf(api.auth.login({ email: alice.email, password: 'salah-password' }));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.message).toBe('Email or password is incorrect');
    const unknown = await rejectionOf(api.auth.login({ email: 'nobody@example.id', password: 'whatever1' }));
    expect(unknown.code).toBe('UNAUTHORIZED');
    expect(unknown.message).toBe(error.message);
    expect(jar.sessionToken).toBeUndefined();
    expect(await countRows('sessions')).toBe(0);
  });

  it('a second account with the same email is a CONFLICT on the email field', async () => {
    await testApi.client().api.auth.register(alice);
    const error = await rejectionOf(
      testApi.client().api.auth.register({ ...alice, email: 'ALICE@example.id' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('An account with this email already exists');
    expect(await countRows('users')).toBe(1);
  });

  it.each([
    ['email', { ...alice, email: 'not-an-email' }],
    ['password', { ...alice, password: 'short' }],
    ['name', { ...alice, name: '   ' }],
    ['phone', { ...alice, phone: '12' }],
  ])('a bad %s is BAD_REQUEST naming that field, and nothing is stored', async (field, input) => {
    const error = await rejectionOf(testApi.client().api.auth.register(input));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toBeInstanceOf(ZodError);
    expect((error.cause as ZodError).issues.map((issue) => issue.path.join('.'))).toEqual([field]);
    expect(await countRows('users')).toBe(0);
  });

  it('an expired session is refused and removed', async () => {
    const { api, jar } = testApi.client();
    await api.auth.register(alice);
    await database.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect(await api.auth.me()).toBeNull();
    expect(jar.sessionToken).toBeUndefined();
    expect(await countRows('sessions')).toBe(0);
    expect((await rejectionOf(testApi.client({ sessionToken: 'gone' }).api.auth.logout())).code).toBe(
      'UNAUTHORIZED',
    );
  });

  it('a revoked session (signed out elsewhere) is refused', async () => {
    const { api, jar } = testApi.client();
    await api.auth.register(alice);
    const stolen = testApi.client({ sessionToken: jar.sessionToken! });
    expect(await stolen.api.auth.me()).not.toBeNull();
    await api.auth.logout();
    expect(await stolen.api.auth.me()).toBeNull();
    expect((await rejectionOf(stolen.api.auth.logout())).code).toBe('UNAUTHORIZED');
  });

  it('a session in the second half of its life slides forward and the cookie is sent again', async () => {
    const { api, jar } = testApi.client();
    await api.auth.register(alice);
    const soon = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    await database.db.updateTable('sessions').set({ expires_at: soon }).execute();
    const writesBefore = jar.cookieWrites;
    await api.auth.me();
    const { expires_at } = await database.db
      .selectFrom('sessions')
      .select('expires_at')
      .executeTakeFirstOrThrow();
    expect(expires_at.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(jar.cookieWrites).toBe(writesBefore + 1);
  });

  it('stores only hashes: no session token or password in plain text', async () => {
    const { api, jar } = testApi.client();
    await api.auth.register(alice);
    const token = jar.sessionToken!;
    const { rows } = await sql<{ dump: string }>`
      SELECT (SELECT json_agg(s)::text FROM sessions s) || (SELECT json_agg(u)::text FROM users u) AS dump
    `.execute(database.db);
    expect(rows[0]!.dump).not.toContain(token);
    expect(rows[0]!.dump).not.toContain(alice.password);
    expect(rows[0]!.dump).toContain(hashToken(token));
    expect(rows[0]!.dump).toContain('$argon2id$');
  });

  it('wrong passwords from strangers elsewhere never lock the owner out: they only slow the account', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    for (let attempt = 0; attempt < 12; attempt++) {
      const error = await rejectionOf(
        testApi
          .client({ ip: `198.51.100.${attempt}` })
          .api.auth.login({ email: alice.email, password: 'wrong-guess' }),
      );
      expect(error.code).toBe('UNAUTHORIZED');
    }
    const started = Date.now();
    const owner = await testApi.client({ ip: '203.0.113.50' }).api.auth.login(alice);
    expect(owner.email).toBe(alice.email);
    // 12 failures on the account: each login now waits 700 ms before the password is checked.
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    expect(await countRows('sessions')).toBe(1);
  });

  it('after 10 wrong passwords from one address, that address is refused for the account; another is not', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    const attacker = testApi.client({ ip: '198.51.100.7' });
    for (let attempt = 0; attempt < 10; attempt++) {
      const error = await rejectionOf(
        attacker.api.auth.login({ email: alice.email, password: 'wrong-guess' }),
      );
      expect(error.code).toBe('UNAUTHORIZED');
    }
    expect((await rejectionOf(attacker.api.auth.login(alice))).code).toBe('TOO_MANY_REQUESTS');
    expect(await countRows('sessions')).toBe(0);
    expect((await testApi.client({ ip: '203.0.113.50' }).api.auth.login(alice)).email).toBe(alice.email);
  });

  it('60 parallel wrong logins from one address: 10 are tried, 50 refused before the password is checked', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    const attacker = testApi.client({ ip: '198.51.100.9' });
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, () =>
        rejectionOf(attacker.api.auth.login({ email: alice.email, password: 'wrong-guess' })),
      ),
    );
    const codes = outcomes.map((error) => error.code);
    expect(codes.filter((code) => code === 'UNAUTHORIZED')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(50);
    const { hits } = await database.db
      .selectFrom('rate_limits')
      .select('hits')
      .where('key', '=', 'login:account:alice@example.id')
      .executeTakeFirstOrThrow();
    expect(hits).toBe(10);
  });

  it('a right password gives its attempt back: signing in often never locks anyone out', async () => {
    await insertTestUser(database, { email: alice.email, password: alice.password });
    const { api } = testApi.client({ ip: '203.0.113.51' });
    for (let attempt = 0; attempt < 12; attempt++)
      expect((await api.auth.login(alice)).email).toBe(alice.email);
  });

  it('a weak password is refused at registration, saying why, and nothing is stored', async () => {
    for (const password of ['12345678', 'password', 'qwertyuiop']) {
      const error = await rejectionOf(testApi.client().api.auth.register({ ...alice, password }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/^Password is too easy to guess.* — add another word or two$/);
    }
    const common = await rejectionOf(testApi.client().api.auth.register({ ...alice, password: 'password' }));
    expect(common.message).toBe(
      'Password is too easy to guess (this is a heavily used password) — add another word or two',
    );
    expect(await countRows('users')).toBe(0);
  });

  it('a mutation riding on a session cookie from a foreign Origin is refused and changes nothing', async () => {
    const { api, jar } = testApi.client();
    await api.auth.register(alice);
    const fromEvil = testApi.client({ sessionToken: jar.sessionToken!, origin: 'https://evil.example' });
    const error = await rejectionOf(fromEvil.api.auth.logout());
    expect(error.code).toBe('FORBIDDEN');
    const withoutOrigin = testApi.client({ sessionToken: jar.sessionToken!, origin: null });
    expect((await rejectionOf(withoutOrigin.api.auth.logout())).code).toBe('FORBIDDEN');
    expect(await countRows('sessions')).toBe(1);
    // Reads are not state changes: a foreign page cannot read them anyway (no CORS).
    expect(await fromEvil.api.auth.me()).not.toBeNull();
    // Nor can a foreign page sign a visitor in to an account of its choosing.
    expect(
      (await rejectionOf(testApi.client({ origin: 'https://evil.example' }).api.auth.register(alice))).code,
    ).toBe('FORBIDDEN');
  });
});
