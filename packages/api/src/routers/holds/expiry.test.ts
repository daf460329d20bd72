import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { seatTopic } from '../../live/seat-changes.js';
import { expireStaleHolds } from '../../services/holds/expire-holds.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { insertEvent, insertSeatVenue, sleep, startCheckoutByHand, tableCounts } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

/** Holds last 0.6 s here. */
const HOLD_MS = 600;
let hall: Awaited<ReturnType<typeof insertSeatVenue>>;
let eventId: string;

beforeEach(async () => {
  hall = await insertSeatVenue(database, {
    slug: 'singkat',
    rows: 2,
    cols: 4,
    settings: { holdMinutes: HOLD_MS / 60_000 },
  });
  eventId = await insertEvent(database, { venueId: hall.venueId, layoutId: hall.layoutId });
});

const seatIds = (...labels: string[]) => labels.map((label) => hall.seats[label]!);
const statusOf = async (id: string) =>
  (await database.db.selectFrom('bookings').select('status').where('id', '=', id).executeTakeFirstOrThrow())
    .status;

/** Collects the seat changes of the event published after `lastEventId` until `count` arrived. */
async function changesAfter(lastEventId: string, count: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5_000);
  const payloads: unknown[] = [];
  for await (const change of testApi.deps.feed.subscribe(seatTopic(eventId), {
    lastEventId,
    signal: controller.signal,
  })) {
    payloads.push(change.payload);
    if (payloads.length === count) break;
  }
  clearTimeout(timer);
  return payloads;
}

describe('an expired hold never blocks anyone', () => {
  it('its seats can be held again right after expiry, without the sweeper', async () => {
    const first = testApi.client();
    const start = (await first.api.events.seatMap({ eventId })).lastChangeId;
    const stale = await first.api.holds.create({ eventId, seatIds: seatIds('A1', 'A2') });
    expect(
      (await rejectionOf(testApi.client().api.holds.create({ eventId, seatIds: seatIds('A2') }))).code,
    ).toBe('CONFLICT');

    await sleep(HOLD_MS + 100);
    // Past its expiry the hold is gone for its holder and free on the map, before any sweep.
    expect(await rejectionOf(first.api.holds.get())).toMatchObject({
      code: 'NOT_FOUND',
      message: 'This hold has expired or does not exist',
    });
    const map = await testApi.client().api.events.seatMap({ eventId });
    expect(map.seats.filter((seat) => seat.status !== 'available')).toEqual([]);
    expect(await statusOf(stale.holdId)).toBe('HELD');

    const next = await testApi.client().api.holds.create({ eventId, seatIds: seatIds('A2', 'A3') });
    expect(await statusOf(stale.holdId)).toBe('EXPIRED');
    expect(await statusOf(next.holdId)).toBe('HELD');
    const history = await database.db
      .selectFrom('booking_history')
      .select(['from_status', 'to_status', 'actor_label', 'note'])
      .where('booking_id', '=', stale.holdId)
      .orderBy('id')
      .execute();
    expect(history.at(-1)).toEqual({
      from_status: 'HELD',
      to_status: 'EXPIRED',
      actor_label: 'system',
      note: 'hold expired',
    });

    // A viewer saw all of it: held, freed (both seats of the stale hold), held again.
    expect(await changesAfter(start, 3)).toEqual([
      { seatIds: seatIds('A1', 'A2'), status: 'held', holdId: stale.holdId },
      { seatIds: seatIds('A1', 'A2').sort(), status: 'available', holdId: stale.holdId },
      { seatIds: seatIds('A2', 'A3'), status: 'held', holdId: next.holdId },
    ]);
  });

  it('checkout of an expired hold is a CONFLICT and changes nothing', async () => {
    const { api } = testApi.client();
    await api.holds.create({ eventId, seatIds: seatIds('B1') });
    await sleep(HOLD_MS + 100);
    const before = await tableCounts(database);
    const error = await rejectionOf(
      api.holds.checkout({
        payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
        idempotencyKey: 'expired-hold-1',
      }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'This hold expired before payment' });
    expect(await tableCounts(database)).toEqual(before);
    const ledger = await database.db.selectFrom('gateway_ledger').selectAll().execute();
    expect(ledger).toEqual([]);
  });
});

describe('expireStaleHolds', () => {
  it('marks lapsed holds EXPIRED, announces their seats, and leaves live ones and checkouts alone', async () => {
    const lapsed = await testApi.client().api.holds.create({ eventId, seatIds: seatIds('A1', 'A2') });
    const paying = await testApi.client().api.holds.create({ eventId, seatIds: seatIds('A3') });
    const abandoned = await testApi.client().api.holds.create({ eventId, seatIds: seatIds('A4') });
    await sleep(HOLD_MS + 100);
    const live = await testApi.client().api.holds.create({ eventId, seatIds: seatIds('B1') });
    // A checkout in flight keeps its hold; one whose process died long ago does not (its payment
    // stays PENDING: only the gateway knows whether it charged, and the reconciler asks it).
    await startCheckoutByHand(database.db, { holdId: paying.holdId, key: 'in-flight' });
    await startCheckoutByHand(database.db, { holdId: abandoned.holdId, key: 'abandoned', minutesAgo: 60 });
    const start = (await testApi.client().api.events.seatMap({ eventId })).lastChangeId;

    expect(await expireStaleHolds({ db: database.db, feed: testApi.deps.feed, now: new Date() })).toBe(2);
    expect(await statusOf(lapsed.holdId)).toBe('EXPIRED');
    expect(await statusOf(abandoned.holdId)).toBe('EXPIRED');
    expect(await statusOf(paying.holdId)).toBe('HELD');
    expect(await statusOf(live.holdId)).toBe('HELD');
    const payment = await database.db
      .selectFrom('payments')
      .select(['status', 'failure_reason'])
      .where('idempotency_key', '=', 'abandoned')
      .executeTakeFirstOrThrow();
    expect(payment.status).toBe('PENDING');

    const changes = await changesAfter(start, 2);
    expect(changes).toEqual(
      expect.arrayContaining([
        { seatIds: seatIds('A1', 'A2').sort(), status: 'available', holdId: lapsed.holdId },
        { seatIds: seatIds('A4'), status: 'available', holdId: abandoned.holdId },
      ]),
    );
    // Nothing left to do: a second sweep changes nothing.
    expect(await expireStaleHolds({ db: database.db, feed: testApi.deps.feed, now: new Date() })).toBe(0);
  });

  it('works through more lapsed holds than one batch', async () => {
    const big = await insertSeatVenue(database, {
      slug: 'besar',
      rows: 15,
      cols: 10,
      layoutName: 'Studio 2',
      settings: { holdMinutes: HOLD_MS / 60_000, maxSeatsPerHold: 1 },
    });
    const show = await insertEvent(database, { venueId: big.venueId, layoutId: big.layoutId });
    const ids = Object.values(big.seats).slice(0, 130);
    for (const id of ids) await testApi.client().api.holds.create({ eventId: show, seatIds: [id] });
    const later = new Date(Date.now() + 60_000);
    expect(await expireStaleHolds({ db: database.db, feed: testApi.deps.feed, now: later })).toBe(130);
    expect((await tableCounts(database)).activeItems).toBe(0);
  });
});
