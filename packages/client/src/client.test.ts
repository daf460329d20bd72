import { issueApiKey } from '@reserva/auth';
import { useTestDatabase } from '@reserva/db/testing';
import { startTestServer } from '@reserva/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient, isTRPCClientError, type SeatChange } from './index.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

async function adminKey() {
  const admin = await database.db
    .insertInto('users')
    .values({ email: 'admin@example.id', name: 'Admin', role: 'admin', password_hash: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await issueApiKey(database.db, { name: 'integration', role: 'admin', createdBy: admin.id })).key;
}

async function cinemaEvent() {
  const { db } = database;
  const venue = await db
    .insertInto('venues')
    .values({ slug: 'bioskop', kind: 'cinema', name: 'Bioskop', settings: {} })
    .returning('id')
    .executeTakeFirstOrThrow();
  const layout = await db
    .insertInto('layouts')
    .values({ venue_id: venue.id, name: 'Studio 1', kind: 'hall', rows: 2, cols: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const event = await db
    .insertInto('events')
    .values({
      venue_id: venue.id,
      layout_id: layout.id,
      kind: 'showtime',
      title: 'Film',
      starts_at: new Date(Date.now() + 86_400_000),
      ends_at: new Date(Date.now() + 90_000_000),
      price_minor: 50_000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return event.id;
}

const publish = (eventId: string, change: SeatChange) =>
  database.db
    .transaction()
    .execute((trx) => server.feed.publish(trx, `event:${eventId}:seats`, { ...change }));

function collect(client: ReturnType<typeof createClient>, eventId: string, lastEventId?: string) {
  const received: { id: string; data: SeatChange }[] = [];
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const subscription = client.events.onSeatChange.subscribe(
    { eventId, lastEventId },
    {
      onStarted: () => started(),
      onData: (envelope) => received.push({ id: envelope.id, data: envelope.data }),
    },
  );
  return { received, ready, stop: () => subscription.unsubscribe() };
}

async function until(check: () => boolean, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the typed client over real HTTP', () => {
  it('queries anonymously and reports bad input as BAD_REQUEST naming the field', async () => {
    await database.db
      .insertInto('venues')
      .values({ slug: 'warung', kind: 'restaurant', name: 'Warung', settings: {} })
      .execute();
    const client = createClient({ url: server.url });
    expect((await client.venues.list.query({ kind: 'restaurant' })).map((v) => v.slug)).toEqual(['warung']);
    expect(await client.auth.me.query()).toBeNull();

    const error = await client.auth.register
      .mutate({ email: 'nope', password: 'long-enough-1', name: 'Ani' })
      .catch((caught: unknown) => caught);
    expect(isTRPCClientError(error)).toBe(true);
    if (!isTRPCClientError(error)) return;
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.field).toBe('email');
    expect(error.data?.zodError?.fieldErrors).toHaveProperty('email');
  });

  it('acts with an API key: admin mutations work, and a revoked key is refused', async () => {
    const client = createClient({ url: `${server.url}/`, apiKey: await adminKey() });
    const { total } = await client.admin.users.list.query();
    expect(total).toBe(1);

    const created = await client.admin.apiKeys.create.mutate({ name: 'bus office', role: 'staff' });
    const staffClient = createClient({ url: `${server.url}/trpc`, apiKey: created.key });
    const forbidden = await staffClient.admin.users.list.query().catch((caught: unknown) => caught);
    expect(isTRPCClientError(forbidden) && forbidden.data?.code).toBe('FORBIDDEN');

    await client.admin.apiKeys.revoke.mutate({ id: created.id });
    const refused = await staffClient.venues.list.query().catch((caught: unknown) => caught);
    expect(isTRPCClientError(refused) && refused.data?.httpStatus).toBe(401);
  });

  it('subscribes over SSE in Node, and resumes from lastEventId without missing a change', async () => {
    const eventId = await cinemaEvent();
    const client = createClient({ url: server.url });

    // '0' replays from the first change: no race between connecting and the first publish.
    const first = collect(client, eventId, '0');
    await first.ready;
    await publish(eventId, { seatIds: ['s1'], status: 'held', holdId: 'h1' });
    await until(() => first.received.length === 1);
    expect(first.received[0]!.data).toEqual({ seatIds: ['s1'], status: 'held', holdId: 'h1' });
    first.stop();

    // While nobody listens, two more changes happen.
    await publish(eventId, { seatIds: ['s1'], status: 'available' });
    await publish(eventId, { seatIds: ['s2'], status: 'booked' });

    const resumed = collect(client, eventId, first.received[0]!.id);
    await until(() => resumed.received.length === 2);
    expect(resumed.received.map((change) => change.data.status)).toEqual(['available', 'booked']);
    resumed.stop();
  });

  it('a subscription to an unknown event fails with NOT_FOUND', async () => {
    const client = createClient({ url: server.url });
    const error = await new Promise<unknown>((resolve) => {
      client.events.onSeatChange.subscribe(
        { eventId: '00000000-0000-4000-8000-000000000000' },
        { onError: resolve, onData: () => resolve(new Error('unexpected data')) },
      );
    });
    expect(isTRPCClientError(error) && error.data?.code).toBe('NOT_FOUND');
  });
});
