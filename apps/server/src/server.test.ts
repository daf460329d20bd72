import { Writable } from 'node:stream';
import { useTestDatabase } from '@reserva/db/testing';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
const logLines: string[] = [];
const logger = pino(
  { level: 'info' },
  new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  }),
);
const server = await startTestServer(database, { logger });
afterAll(() => server.close());

const origin = () => new URL(server.url).origin;

function call(
  path: string,
  init: { body?: unknown; cookie?: string; origin?: string | null; raw?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (init.cookie) headers.cookie = init.cookie;
  if (init.origin !== null) headers.origin = init.origin ?? origin();
  if (init.body !== undefined || init.raw !== undefined) headers['content-type'] = 'application/json';
  const isMutation = init.body !== undefined || init.raw !== undefined;
  return fetch(`${server.url}/trpc/${path}`, {
    method: isMutation ? 'POST' : 'GET',
    headers,
    body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
}

interface TrpcBody {
  result?: { data: Record<string, unknown> | null };
  error?: {
    message: string;
    data: { code: string; field: string | null; zodError: { fieldErrors: Record<string, string[]> } | null };
  };
}
const body = async (response: Response | Promise<Response>) => (await (await response).json()) as TrpcBody;

const sessionCookie = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((cookie) => cookie.startsWith('reserva_session='))
    ?.split(';')[0];

const registration = { email: 'sari@example.id', password: 'kopi-susu-2026', name: 'Sari' };

describe('the HTTP host', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      connections: { open: expect.any(Number), idle: expect.any(Number), waiting: 0 },
    });
  });

  it('sends security headers on API answers, and a finished answer with its length, not chunked', async () => {
    const me = await call('auth.me');
    expect(me.status).toBe(200);
    expect(me.headers.get('x-content-type-options')).toBe('nosniff');
    expect(me.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(me.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await me.text();
    expect(me.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(me.headers.get('transfer-encoding')).toBeNull();
    expect(JSON.parse(text)).toEqual({ result: { data: null } });
  });

  it('batches, and answers an unknown procedure with NOT_FOUND', async () => {
    const batch = await fetch(
      `${server.url}/trpc/auth.me,venues.list?batch=1&input=${encodeURIComponent('{}')}`,
    );
    expect(batch.status).toBe(200);
    const [me, venues] = (await batch.json()) as [
      { result: { data: unknown } },
      { result: { data: unknown } },
    ];
    expect(me.result.data).toBeNull();
    expect(venues.result.data).toEqual([]);
    const missing = await call('bookings.nothingHere');
    expect(missing.status).toBe(404);
    expect((await body(missing)).error?.data.code).toBe('NOT_FOUND');
  });

  it('sets an httpOnly SameSite=Lax session cookie that signs the browser in, and logout clears it', async () => {
    const registered = await call('auth.register', { body: registration });
    expect(registered.status).toBe(200);
    const setCookie = registered.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/reserva_session=[a-z2-7]+;/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    const cookie = sessionCookie(registered)!;

    const me = await body(call('auth.me', { cookie }));
    expect(me.result?.data).toMatchObject({ email: registration.email, role: 'customer' });

    const loggedOut = await call('auth.logout', { body: {}, cookie });
    expect(loggedOut.status).toBe(200);
    expect(loggedOut.headers.getSetCookie().join('\n')).toMatch(
      /reserva_session=;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await body(call('auth.me', { cookie }))).result?.data).toBeNull();
  });

  it('bad input is a 400 whose data names the field, with zod field errors and no stack trace', async () => {
    const response = await call('auth.register', { body: { ...registration, password: 'short' } });
    expect(response.status).toBe(400);
    const { error } = await body(response);
    expect(error?.data.code).toBe('BAD_REQUEST');
    expect(error?.data.field).toBe('password');
    expect(error?.data.zodError?.fieldErrors.password).toEqual(['Password must be at least 8 characters']);
    expect(error?.data).not.toHaveProperty('stack');
  });

  it('a domain conflict names its field too', async () => {
    await call('auth.register', { body: registration });
    const response = await call('auth.register', { body: registration });
    expect(response.status).toBe(409);
    const { error } = await body(response);
    expect(error?.message).toBe('An account with this email already exists');
    expect(error?.data.field).toBe('email');
  });

  it('refuses a cookie-authenticated mutation from a foreign Origin with 403 and keeps the session', async () => {
    const cookie = sessionCookie(await call('auth.register', { body: registration }))!;
    const response = await call('auth.logout', { body: {}, cookie, origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect((await body(call('auth.me', { cookie }))).result?.data).not.toBeNull();
  });

  it('malformed requests are client errors, never 500', async () => {
    expect((await call('auth.login', { raw: '{"email": "x"' })).status).toBe(400);
    expect((await call('auth.login', { raw: '[]' })).status).toBe(400);
    expect((await call('venues.get?input=%7Bnot-json')).status).toBe(400);
    expect((await call('venues.get?input=%7B%22id%22%3A%22abc%22%7D')).status).toBe(400);
    expect((await call('no.such.procedure')).status).toBe(404);
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });

  it('a wrong password is 401 and an unknown venue 404', async () => {
    await call('auth.register', { body: registration });
    expect(
      (await call('auth.login', { body: { email: registration.email, password: 'wrong-one' } })).status,
    ).toBe(401);
    expect(
      (await call(`venues.get?input=${encodeURIComponent(JSON.stringify({ slug: 'tidak-ada' }))}`)).status,
    ).toBe(404);
  });

  it('writes no password, session token or cookie to the logs', async () => {
    const response = await call('auth.register', { body: { ...registration, email: 'logs@example.id' } });
    const token = sessionCookie(response)!.split('=')[1]!;
    await call('auth.me', { cookie: `reserva_session=${token}` });
    const logs = logLines.join('');
    expect(logs).toContain('/trpc/auth.register');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(registration.password);
  });
});
