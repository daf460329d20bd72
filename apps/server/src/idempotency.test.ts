import { randomUUID } from 'node:crypto';
import {
  countRows,
  insertEvent,
  insertResources,
  insertSeatVenue,
  insertVenue,
  localAt,
} from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

const TZ = 'Asia/Jakarta';
const contact = { name: 'Tamu', phone: '081234567890' };

interface Answer {
  result: { data: { id: string; holdToken: string } };
  error: { message: string; data: { code: string; field: string | null } };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Answer & Answer[],
  };
}

const bookingCount = async () => Number(await countRows(database, 'bookings'));

async function restaurant() {
  const venue = await insertVenue(database, { kind: 'restaurant', slug: `warung-${randomUUID()}` });
  const tables = await insertResources(database, venue.id, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
  ]);
  return { venueId: venue.id, tables };
}

describe('Idempotency-Key on bookings.create', () => {
  it('a retry with the same key and body answers the first booking and books nothing more', async () => {
    const { venueId } = await restaurant();
    const input = { venueId, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    const key = randomUUID();
    const first = await post('bookings.create', input, { 'idempotency-key': key });
    expect(first.status).toBe(200);
    // Fields in another order are the same request.
    const reordered = { contact, start: input.start, partySize: 2, venueId };
    const retry = await post('bookings.create', reordered, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(await bookingCount()).toBe(1);
    expect(await database.db.selectFrom('idempotency_keys').select('scope').execute()).toEqual([
      { scope: 'anonymous' },
    ]);
  });

  it('the same key with another body is refused with CONFLICT and books nothing', async () => {
    const { venueId } = await restaurant();
    const key = randomUUID();
    const input = { venueId, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    expect((await post('bookings.create', input, { 'idempotency-key': key })).status).toBe(200);
    const other = await post('bookings.create', { ...input, partySize: 3 }, { 'idempotency-key': key });
    expect(other.status).toBe(409);
    expect(other.body.error.data.code).toBe('CONFLICT');
    expect(other.body.error.data.field).toBe('Idempotency-Key');
    expect(other.body.error.message).toBe(
      'This Idempotency-Key was already used for a different request; send a new key for a new request',
    );
    expect(await bookingCount()).toBe(1);
  });

  it('without a key every call is a new booking; a malformed key is refused', async () => {
    const { venueId } = await restaurant();
    const input = { venueId, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    expect((await post('bookings.create', input)).status).toBe(200);
    expect((await post('bookings.create', input)).status).toBe(200);
    expect(await bookingCount()).toBe(2);
    const bad = await post('bookings.create', input, { 'idempotency-key': 'short' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.data.field).toBe('Idempotency-Key');
    expect(bad.body.error.message).toMatch(/16 to 255 visible characters/);
    expect(await bookingCount()).toBe(2);
  });

  it('a refusal is not stored: the key stays free and a later retry books', async () => {
    const { venueId, tables } = await restaurant();
    const input = { venueId, resourceId: tables.T1, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    const taken = await post('bookings.create', input);
    expect(taken.status).toBe(200);
    const key = randomUUID();
    const refused = await post('bookings.create', input, { 'idempotency-key': key });
    expect(refused.status).toBe(409);
    expect(await database.db.selectFrom('idempotency_keys').selectAll().execute()).toEqual([]);
    // The table frees up (the first booking goes away).
    await database.db.deleteFrom('booking_items').execute();
    await database.db.deleteFrom('booking_history').execute();
    await database.db.deleteFrom('bookings').execute();
    const retry = await post('bookings.create', input, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
  });

  it('simultaneous retries under one key make one booking and all get it', async () => {
    const { venueId } = await restaurant();
    const input = { venueId, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post('bookings.create', input, { 'idempotency-key': key })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.body.result.data.id)).size).toBe(1);
    expect(await bookingCount()).toBe(1);
  });

  it('in a batch, call i > 0 uses <key>#<i>: two creates make two bookings, once', async () => {
    const { venueId } = await restaurant();
    const input = { venueId, partySize: 2, start: localAt(TZ, 2, '19:00'), contact };
    const key = randomUUID();
    const batch = () =>
      post('bookings.create,bookings.create?batch=1', { 0: input, 1: input }, { 'idempotency-key': key });
    const first = await batch();
    const again = await batch();
    expect(first.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const ids = first.body.map((call) => call.result.data.id);
    expect(new Set(ids).size).toBe(2);
    expect(await bookingCount()).toBe(2);
  });
});

describe('Idempotency-Key on holds.create', () => {
  it('a retry gets the same hold, token and cookie; the stored answer is not readable in the database', async () => {
    const { venueId, layoutId, seats } = await insertSeatVenue(database, {
      slug: 'bioskop',
      rows: 1,
      cols: 3,
    });
    const eventId = await insertEvent(database, { venueId, layoutId });
    const key = randomUUID();
    const input = { eventId, seatIds: [seats.A1, seats.A2] };
    const first = await post('holds.create', input, { 'idempotency-key': key });
    expect(first.status).toBe(200);
    const retry = await post('holds.create', input, { 'idempotency-key': key });
    expect(retry.body).toEqual(first.body);
    const token = first.body.result.data.holdToken as string;
    expect(retry.headers.get('set-cookie')).toContain(`reserva_hold=${token}`);
    expect(
      await database.db
        .selectFrom('bookings')
        .where('status', '=', 'HELD')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow(),
    ).toEqual({ n: 1 });
    const stored = await database.db
      .selectFrom('idempotency_keys')
      .select('response')
      .executeTakeFirstOrThrow();
    expect(stored.response?.toString('latin1')).not.toContain(token);
    // The same key on another procedure is another request.
    const elsewhere = await post(
      'bookings.create',
      { venueId, partySize: 1, start: localAt(TZ, 2, '19:00'), contact },
      { 'idempotency-key': key },
    );
    expect(elsewhere.status).toBe(409);
  });
});
