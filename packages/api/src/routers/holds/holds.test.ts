import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SEAT_LOCK_CLASS } from '../../repositories/holds.repository.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';
import { insertEvent, insertSeatVenue, tableCounts, waitForLockWaiters } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const CLASSES = [
  { name: 'Regular', priceMinor: 50_000 },
  { name: 'Premium', priceMinor: 75_000 },
];
let hall: Awaited<ReturnType<typeof insertSeatVenue>>;
let eventId: string;

beforeEach(async () => {
  hall = await insertSeatVenue(database, {
    slug: 'braga',
    rows: 3,
    cols: 4,
    seatClasses: CLASSES,
    classOfRow: (row) => (row === 2 ? 'Premium' : 'Regular'),
    blocked: ['A4'],
    settings: { maxSeatsPerHold: 3 },
  });
  eventId = await insertEvent(database, {
    venueId: hall.venueId,
    layoutId: hall.layoutId,
    priceMinor: 45_000,
  });
});

const seatIds = (...labels: string[]) => labels.map((label) => hall.seats[label]!);

describe('holds.create', () => {
  it('holds the seats, prices them by class, sets the hold cookie and announces them', async () => {
    const { api, jar } = testApi.client();
    const lastChange = (await api.events.seatMap({ eventId })).lastChangeId;
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1', 'C2') });

    expect(hold.seats).toEqual([
      { id: hall.seats.A1, label: 'A1', seatClass: 'Regular', priceMinor: 45_000 },
      { id: hall.seats.C2, label: 'C2', seatClass: 'Premium', priceMinor: 70_000 },
    ]);
    expect(hold.totalMinor).toBe(115_000);
    expect(hold.currency).toBe('IDR');
    expect(jar.holdToken).toBe(hold.holdToken);
    const minutes = (new Date(hold.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThanOrEqual(10);

    const row = await database.db
      .selectFrom('bookings')
      .selectAll()
      .where('id', '=', hold.holdId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'HELD', event_id: eventId, party_size: 2, total_minor: 115_000 });
    expect(row.hold_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.hold_token_hash).not.toContain(hold.holdToken);
    expect(row.contact_name).toBeNull();

    const changes = [];
    const controller = new AbortController();
    for await (const change of testApi.deps.feed.subscribe(`event:${eventId}:seats`, {
      lastEventId: lastChange,
      signal: controller.signal,
    })) {
      changes.push(change.payload);
      controller.abort();
    }
    expect(changes).toEqual([{ seatIds: seatIds('A1', 'C2'), status: 'held', holdId: hold.holdId }]);
  });

  it('makes a signed-in customer the owner, with their contact', async () => {
    await insertTestUser(database, { email: 'sari@example.com', password: 'correct horse battery' });
    const { api } = testApi.client();
    await api.auth.login({ email: 'sari@example.com', password: 'correct horse battery' });
    const hold = await api.holds.create({ eventId, seatIds: seatIds('B1') });
    const row = await database.db
      .selectFrom('bookings')
      .innerJoin('users', 'users.id', 'bookings.user_id')
      .select(['users.email', 'bookings.contact_name', 'bookings.contact_email'])
      .where('bookings.id', '=', hold.holdId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      email: 'sari@example.com',
      contact_name: 'sari',
      contact_email: 'sari@example.com',
    });
  });

  it('refuses seats someone holds, naming them, and takes nothing', async () => {
    await testApi.client().api.holds.create({ eventId, seatIds: seatIds('B2', 'B3') });
    const before = await tableCounts(database);
    const error = await rejectionOf(
      testApi.client().api.holds.create({ eventId, seatIds: seatIds('B1', 'B2', 'B3') }),
    );
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Seats B2, B3 were just taken',
      field: 'seatIds',
    });
    expect(await tableCounts(database)).toEqual(before);
  });

  it('queues behind another holder of the same seat (its seat lock) rather than racing it', async () => {
    const [seat] = seatIds('C1');
    const hold = await database.db.connection().execute(async (connection) => {
      await sql`BEGIN`.execute(connection);
      await sql`SELECT pg_advisory_xact_lock(${SEAT_LOCK_CLASS}, hashtext(${seat}))`.execute(connection);
      const held = testApi.client().api.holds.create({ eventId, seatIds: [seat!] });
      await waitForLockWaiters(database, 1);
      await sql`COMMIT`.execute(connection);
      return held;
    });
    expect(hold.seats.map((s) => s.label)).toEqual(['C1']);
  });
});

describe('holds.get and holds.release', () => {
  it('shows the hold by token or by cookie, and forgets a released one', async () => {
    const { api, jar } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1', 'A2', 'A3') });
    const byToken = await testApi.client().api.holds.get({ holdToken: hold.holdToken });
    expect(byToken).toMatchObject({
      holdId: hold.holdId,
      status: 'HELD',
      expiresAt: hold.expiresAt,
      event: { id: eventId, title: 'Agak Laen', kind: 'showtime', venue: { slug: 'braga' } },
      totalMinor: 135_000,
      contact: null,
      claimCode: null,
    });
    expect(byToken.seats.map((seat) => seat.label)).toEqual(['A1', 'A2', 'A3']);
    expect(await api.holds.get()).toEqual(byToken);

    const partly = await api.holds.release({ seatIds: seatIds('A2') });
    expect(partly.releasedSeatIds).toEqual(seatIds('A2'));
    expect(partly.hold?.seats.map((seat) => seat.label)).toEqual(['A1', 'A3']);
    expect(partly.hold?.totalMinor).toBe(90_000);
    expect((await api.events.seatMap({ eventId })).seats.find((s) => s.label === 'A2')?.status).toBe(
      'available',
    );

    const rest = await api.holds.release({});
    expect(rest.hold).toBeNull();
    expect(rest.releasedSeatIds.sort()).toEqual(seatIds('A1', 'A3').sort());
    expect(jar.holdToken).toBeUndefined();
    const status = await database.db
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', hold.holdId)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('RELEASED');
    const error = await rejectionOf(api.holds.get({ holdToken: hold.holdToken }));
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'This hold has expired or does not exist' });
    // The seats can be held again at once.
    await testApi.client().api.holds.create({ eventId, seatIds: seatIds('A1', 'A2', 'A3') });
  });

  it('refuses to release seats that are not in the hold', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1') });
    const error = await rejectionOf(api.holds.release({ holdToken: hold.holdToken, seatIds: seatIds('B1') }));
    expect(error).toMatchObject({ code: 'BAD_REQUEST', field: 'seatIds' });
  });
});

describe('events.seatMap', () => {
  it('shows every seat with its status and price, from the viewer’s point of view', async () => {
    const mine = testApi.client();
    const theirs = testApi.client();
    await mine.api.holds.create({ eventId, seatIds: seatIds('A1') });
    await theirs.api.holds.create({ eventId, seatIds: seatIds('A2') });
    const sold = await theirs.api.holds.create({ eventId, seatIds: seatIds('C1') });
    await theirs.api.holds.checkout({
      holdToken: sold.holdToken,
      payment: { method: 'card', card: { number: '4242 4242 4242 4242' } },
      idempotencyKey: 'seat-map-sale-1',
    });

    const map = await mine.api.events.seatMap({ eventId });
    expect(map.layout).toEqual({
      id: hall.layoutId,
      name: 'Studio 1',
      kind: 'hall',
      rows: 3,
      cols: 4,
      frontLabel: 'LAYAR',
      seatClasses: [
        { name: 'Regular', priceMinor: 45_000 },
        { name: 'Premium', priceMinor: 70_000 },
      ],
    });
    expect(map.seats).toHaveLength(12);
    const byLabel = Object.fromEntries(map.seats.map((seat) => [seat.label, seat]));
    expect(byLabel.A1).toEqual({
      id: hall.seats.A1,
      label: 'A1',
      row: 0,
      col: 0,
      seatClass: 'Regular',
      priceMinor: 45_000,
      status: 'heldByYou',
    });
    expect(byLabel.A2?.status).toBe('held');
    expect(byLabel.A3?.status).toBe('available');
    expect(byLabel.A4?.status).toBe('blocked');
    expect(byLabel.C1).toMatchObject({ status: 'booked', seatClass: 'Premium', priceMinor: 70_000 });
    expect(Number(map.lastChangeId)).toBeGreaterThan(0);
    expect(map.maxSeatsPerHold).toBe(3);

    // Someone without the cookie sees A1 as merely held; with the token, as theirs.
    const stranger = await testApi.client().api.events.seatMap({ eventId });
    expect(stranger.seats.find((seat) => seat.label === 'A1')?.status).toBe('held');
    expect(stranger.lastChangeId).toBe(map.lastChangeId);
  });

  it('answers NOT_FOUND for an unknown event', async () => {
    const error = await rejectionOf(
      testApi.client().api.events.seatMap({ eventId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
  });
});

describe('bad input changes nothing and names the field', () => {
  const MISSING = '00000000-0000-4000-8000-000000000000';
  const cases: [string, () => Promise<Record<string, unknown>>, string, string, RegExp][] = [
    [
      'more seats than the venue allows',
      async () => ({ eventId, seatIds: seatIds('A1', 'A2', 'A3', 'B1') }),
      'BAD_REQUEST',
      'seatIds',
      /at most 3 seats/,
    ],
    [
      'the same seat twice',
      async () => ({ eventId, seatIds: seatIds('A1', 'A1') }),
      'BAD_REQUEST',
      'seatIds',
      /only once/,
    ],
    ['no seats', async () => ({ eventId, seatIds: [] }), 'BAD_REQUEST', 'seatIds', /at least one seat/],
    [
      'a seat of another layout',
      async () => {
        const other = await insertSeatVenue(database, { slug: 'lain', rows: 1, cols: 1 });
        return { eventId, seatIds: [hall.seats.A1, other.seats.A1] };
      },
      'BAD_REQUEST',
      'seatIds',
      /not on this showtime's seat map/,
    ],
    [
      'a blocked seat',
      async () => ({ eventId, seatIds: seatIds('A4') }),
      'BAD_REQUEST',
      'seatIds',
      /cannot be sold/,
    ],
    [
      'a cancelled event',
      async () => ({
        eventId: await insertEvent(database, {
          venueId: hall.venueId,
          layoutId: hall.layoutId,
          startsInHours: 48,
          status: 'cancelled',
        }),
        seatIds: seatIds('A1'),
      }),
      'BAD_REQUEST',
      'eventId',
      /was cancelled/,
    ],
    [
      'an event that has started',
      async () => ({
        eventId: await insertEvent(database, {
          venueId: hall.venueId,
          layoutId: hall.layoutId,
          startsInHours: -1,
        }),
        seatIds: seatIds('A1'),
      }),
      'BAD_REQUEST',
      'eventId',
      /already started/,
    ],
    [
      'an unknown event',
      async () => ({ eventId: MISSING, seatIds: seatIds('A1') }),
      'NOT_FOUND',
      'eventId',
      /No event/,
    ],
    [
      'a malformed seat id',
      async () => ({ eventId, seatIds: ['F7'] }),
      'BAD_REQUEST',
      'seatIds.0',
      /valid id/,
    ],
  ];

  it.each(cases)('%s', async (_name, input, code, field, message) => {
    const request = await input();
    const before = await tableCounts(database);
    const error = await rejectionOf(testApi.client().api.holds.create(request as never));
    expect(error).toMatchObject({ code, field });
    expect(error.message).toMatch(message);
    expect(await tableCounts(database)).toEqual(before);
  });

  it('an unknown hold token, for every hold procedure', async () => {
    const { api } = testApi.client();
    const holdToken = 'nosuchtokenatallnosuchtokenatall';
    const before = await tableCounts(database);
    const attempts = [
      () => api.holds.get({ holdToken }),
      () => api.holds.get(),
      () => api.holds.release({ holdToken }),
      () => api.holds.attachContact({ holdToken, name: 'Budi', whatsapp: '081234567890' }),
      () =>
        api.holds.checkout({
          holdToken,
          payment: { method: 'card', card: { number: '4242424242424242' } },
          idempotencyKey: 'unknown-token-1',
        }),
    ];
    for (const attempt of attempts) {
      expect(await rejectionOf(attempt())).toMatchObject({
        code: 'NOT_FOUND',
        message: 'This hold has expired or does not exist',
        field: 'holdToken',
      });
    }
    expect(await tableCounts(database)).toEqual(before);
  });

  it('an invalid WhatsApp number', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1') });
    const before = await tableCounts(database);
    const error = await rejectionOf(
      api.holds.attachContact({ holdToken: hold.holdToken, name: 'Budi', whatsapp: '12ab' }),
    );
    expect(error).toMatchObject({ code: 'BAD_REQUEST', field: 'whatsapp' });
    expect(await tableCounts(database)).toEqual(before);
    const row = await database.db
      .selectFrom('bookings')
      .select(['contact_phone', 'claim_code'])
      .where('id', '=', hold.holdId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ contact_phone: null, claim_code: null });
  });
});
