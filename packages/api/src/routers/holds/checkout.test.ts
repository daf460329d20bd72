import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toTRPCError } from '../../errors.js';
import type { CardGateway } from '../../payments/provider.js';
import { TEST_CARDS } from '../../payments/simulated-card-gateway.js';
import { checkoutHold } from '../../services/holds/checkout.js';
import { createTestApi, insertTestUser, rejectionOf } from '../../testing.js';
import { ensureJobQueues } from '../../worker/index.js';
import {
  insertEvent,
  insertSeatVenue,
  startCheckoutByHand,
  tableCounts,
  waitForLockWaiters,
} from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());
beforeAll(() => ensureJobQueues({ db: database.db, url: database.url }));

let hall: Awaited<ReturnType<typeof insertSeatVenue>>;
let eventId: string;

beforeEach(async () => {
  hall = await insertSeatVenue(database, { slug: 'braga', rows: 2, cols: 4 });
  eventId = await insertEvent(database, {
    venueId: hall.venueId,
    layoutId: hall.layoutId,
    priceMinor: 50_000,
  });
});

const testApiError = (cause: unknown) => toTRPCError(cause);
const seatIds = (...labels: string[]) => labels.map((label) => hall.seats[label]!);
const card = (number: string) => ({ method: 'card' as const, card: { number, expiry: '12/30', cvc: '123' } });
const ledger = () => database.db.selectFrom('gateway_ledger').selectAll().execute();
const payments = () =>
  database.db
    .selectFrom('payments')
    .select(['status', 'provider', 'failure_reason', 'provider_ref'])
    .execute();

async function staffApi() {
  await insertTestUser(database, { email: 'loket@example.com', role: 'staff' });
  const staff = testApi.client();
  await staff.api.auth.login({ email: 'loket@example.com', password: 'correct horse battery' });
  return staff.api;
}

describe('holds.checkout', () => {
  it('confirms and pays the booking, once, however often it is retried', async () => {
    const { api, jar } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1', 'A2') });
    const booking = await api.holds.checkout({
      payment: card(TEST_CARDS.succeeds),
      idempotencyKey: 'pay-once-123',
    });
    expect(booking).toMatchObject({
      id: hold.holdId,
      status: 'CONFIRMED',
      paymentStatus: 'PAID',
      totalMinor: 100_000,
      eventId,
    });
    expect(booking.code).toMatch(/^BK-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}$/);
    expect(booking.items.map((item) => [item.label, item.active])).toEqual([
      ['A1', true],
      ['A2', true],
    ]);
    expect(booking.history.map((entry) => [entry.from, entry.to])).toEqual([
      [null, 'HELD'],
      ['HELD', 'CONFIRMED'],
    ]);
    expect(jar.holdToken).toBeUndefined();

    const retried = await api.holds.checkout({
      holdToken: hold.holdToken,
      payment: card(TEST_CARDS.succeeds),
      idempotencyKey: 'pay-once-123',
    });
    expect(retried.code).toBe(booking.code);
    expect(retried.status).toBe('CONFIRMED');
    const charges = await ledger();
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ kind: 'charge', amount_minor: 100_000, outcome: 'succeeded' });
    expect(await payments()).toEqual([
      { status: 'SUCCEEDED', provider: 'card', failure_reason: null, provider_ref: charges[0]!.reference },
    ]);
    // The spent token opens nothing else, and a new key cannot pay again.
    expect(
      await rejectionOf(
        api.holds.checkout({
          holdToken: hold.holdToken,
          payment: card(TEST_CARDS.succeeds),
          idempotencyKey: 'pay-twice-1',
        }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await ledger()).toHaveLength(1);

    const map = await testApi.client().api.events.seatMap({ eventId });
    expect(map.seats.filter((seat) => seat.status === 'booked').map((seat) => seat.label)).toEqual([
      'A1',
      'A2',
    ]);
  });

  it('a declined card leaves the hold held and the payment FAILED; another card then pays', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('B1') });
    const error = await rejectionOf(
      api.holds.checkout({ payment: card(TEST_CARDS.declined), idempotencyKey: 'declined-1' }),
    );
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The card was declined',
      field: 'payment.card.number',
    });
    expect((await api.holds.get()).status).toBe('HELD');
    expect(await payments()).toEqual([
      { status: 'FAILED', provider: 'card', failure_reason: 'The card was declined', provider_ref: null },
    ]);
    // The same key gives the same answer without asking the gateway again.
    expect(
      (
        await rejectionOf(
          api.holds.checkout({ payment: card(TEST_CARDS.declined), idempotencyKey: 'declined-1' }),
        )
      ).message,
    ).toBe('The card was declined');
    expect(await ledger()).toHaveLength(1);

    const booking = await api.holds.checkout({
      payment: card(TEST_CARDS.succeeds),
      idempotencyKey: 'declined-then-ok',
    });
    expect(booking).toMatchObject({ id: hold.holdId, status: 'CONFIRMED', paymentStatus: 'PAID' });
  });

  it('a gateway that does not answer fails the attempt readably; a new key retries', async () => {
    const { api } = testApi.client();
    await api.holds.create({ eventId, seatIds: seatIds('B2') });
    const error = await rejectionOf(
      api.holds.checkout({ payment: card(TEST_CARDS.transientFailure), idempotencyKey: 'transient-1' }),
    );
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });
    expect(error.message).toMatch(/did not answer and nothing was charged; try again/);
    expect((await api.holds.get()).status).toBe('HELD');
    const booking = await api.holds.checkout({
      payment: card(TEST_CARDS.succeeds),
      idempotencyKey: 'transient-2',
    });
    expect(booking.status).toBe('CONFIRMED');
  });

  it('the same key sent twice at once charges once; another checkout of the hold meanwhile waits its turn', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A3') });
    const [first, second] = await Promise.all([
      api.holds.checkout({
        holdToken: hold.holdToken,
        payment: card(TEST_CARDS.succeeds),
        idempotencyKey: 'double-click',
      }),
      api.holds.checkout({
        holdToken: hold.holdToken,
        payment: card(TEST_CARDS.succeeds),
        idempotencyKey: 'double-click',
      }),
    ]);
    expect(second.code).toBe(first.code);
    expect(await ledger()).toHaveLength(1);
    expect(await payments()).toHaveLength(1);

    const other = await api.holds.create({ eventId, seatIds: seatIds('A4') });
    await startCheckoutByHand(database.db, { holdId: other.holdId, key: 'someone-else-paying' });
    expect(
      await rejectionOf(
        api.holds.checkout({
          holdToken: other.holdToken,
          payment: card(TEST_CARDS.succeeds),
          idempotencyKey: 'second-tab',
        }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'A payment for this hold is already in progress; wait a moment',
    });
    expect(await ledger()).toHaveLength(1);
  });

  it('a double click that waits behind the first one joins its payment instead of refusing', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('B3') });
    const checkout = () =>
      api.holds.checkout({
        holdToken: hold.holdToken,
        payment: card(TEST_CARDS.succeeds),
        idempotencyKey: 'queued-double-click',
      });
    // Both requests queue behind a lock on the hold, so one starts the payment while the other waits.
    const [first, second] = await database.db.connection().execute(async (connection) => {
      await sql`BEGIN`.execute(connection);
      await sql`SELECT 1 FROM bookings WHERE id = ${hold.holdId} FOR UPDATE`.execute(connection);
      const both = Promise.allSettled([checkout(), checkout()]);
      await waitForLockWaiters(database, 2);
      await sql`COMMIT`.execute(connection);
      return both;
    });
    expect(first).toMatchObject({ status: 'fulfilled', value: { status: 'CONFIRMED' } });
    expect(second).toMatchObject({ status: 'fulfilled', value: { status: 'CONFIRMED' } });
    expect(await ledger()).toHaveLength(1);
    expect(await payments()).toEqual([expect.objectContaining({ status: 'SUCCEEDED' })]);
  });

  it('a release that waited behind a checkout starting its payment is refused, and the seats stay held', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('B2') });
    // The checkout's first step, by hand: lock the hold, record the PENDING payment, commit.
    const release = await database.db.connection().execute(async (connection) => {
      await sql`BEGIN`.execute(connection);
      await sql`SELECT 1 FROM bookings WHERE id = ${hold.holdId} FOR UPDATE`.execute(connection);
      await startCheckoutByHand(connection, { holdId: hold.holdId, key: 'paying-now' });
      const released = Promise.allSettled([api.holds.release({ holdToken: hold.holdToken })]);
      await waitForLockWaiters(database, 1);
      await sql`COMMIT`.execute(connection);
      return (await released)[0];
    });
    expect(release.status).toBe('rejected');
    expect(testApiError((release as PromiseRejectedResult).reason)).toMatchObject({
      code: 'CONFLICT',
      message: 'A payment for this hold is in progress; its seats cannot be released now',
    });
    expect((await api.holds.get({ holdToken: hold.holdToken })).seats.map((seat) => seat.label)).toEqual([
      'B2',
    ]);
  });

  it('while its card is charged a hold cannot be released; once the card is declined it can', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('A1', 'A2') });
    const gateway = testApi.deps.cardGateway;
    let reachedGateway!: () => void;
    const charging = new Promise<void>((resolve) => (reachedGateway = resolve));
    let answerCharge!: () => void;
    const answered = new Promise<void>((resolve) => (answerCharge = resolve));
    const slowGateway: CardGateway = {
      ...gateway,
      async charge(request) {
        reachedGateway();
        await answered;
        return gateway.charge(request);
      },
    };
    const checkout = rejectionOf(
      checkoutHold({
        db: database.db,
        feed: testApi.deps.feed,
        cardGateway: slowGateway,
        actor: null,
        input: { holdToken: hold.holdToken, payment: card(TEST_CARDS.declined), idempotencyKey: 'slow-card' },
        cookieToken: undefined,
      }).catch((cause: unknown) => {
        throw testApiError(cause);
      }),
    );
    await charging;

    const inProgress = {
      code: 'CONFLICT',
      message: 'A payment for this hold is in progress; its seats cannot be released now',
    };
    expect(await rejectionOf(api.holds.release({ holdToken: hold.holdToken }))).toMatchObject(inProgress);
    expect(
      await rejectionOf(api.holds.release({ holdToken: hold.holdToken, seatIds: seatIds('A1') })),
    ).toMatchObject(inProgress);
    expect((await api.holds.get({ holdToken: hold.holdToken })).seats.map((seat) => seat.label)).toEqual([
      'A1',
      'A2',
    ]);

    answerCharge();
    expect(await checkout).toMatchObject({ code: 'BAD_REQUEST', message: 'The card was declined' });
    const released = await api.holds.release({ holdToken: hold.holdToken });
    expect(released.releasedSeatIds).toEqual(seatIds('A1', 'A2').sort());
    expect(await payments()).toEqual([expect.objectContaining({ status: 'FAILED' })]);
  });

  it('a hold whose event was cancelled cannot be paid for, by card or at the counter', async () => {
    const customer = testApi.client();
    await customer.api.holds.create({ eventId, seatIds: seatIds('B4') });
    const { claimCode } = await customer.api.holds.attachContact({ name: 'Tono', whatsapp: '081233334444' });
    await database.db.updateTable('events').set({ status: 'cancelled' }).where('id', '=', eventId).execute();
    const before = await tableCounts(database);
    expect(
      await rejectionOf(
        customer.api.holds.checkout({ payment: card(TEST_CARDS.succeeds), idempotencyKey: 'too-late-1' }),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'This event was cancelled; its seats can no longer be paid for',
    });
    const staff = await staffApi();
    expect(await rejectionOf(staff.staff.payments.confirm({ claimCode }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await tableCounts(database)).toEqual(before);
    expect(await ledger()).toEqual([]);
  });

  it('a charge that lands after the event was cancelled is queued for refund, not confirmed', async () => {
    const { api } = testApi.client();
    const hold = await api.holds.create({ eventId, seatIds: seatIds('B1') });
    const gateway = testApi.deps.cardGateway;
    const cancellingGateway: CardGateway = {
      ...gateway,
      async charge(request) {
        const result = await gateway.charge(request);
        await database.db
          .updateTable('events')
          .set({ status: 'cancelled' })
          .where('id', '=', eventId)
          .execute();
        return result;
      },
    };
    const error = await rejectionOf(
      checkoutHold({
        db: database.db,
        feed: testApi.deps.feed,
        cardGateway: cancellingGateway,
        actor: null,
        input: {
          holdToken: hold.holdToken,
          payment: card(TEST_CARDS.succeeds),
          idempotencyKey: 'mid-charge-1',
        },
        cookieToken: undefined,
      }).catch((cause: unknown) => {
        throw testApiError(cause);
      }),
    );
    expect(error.message).toBe('This event was cancelled; its seats can no longer be paid for');
    const [payment] = await payments();
    expect(payment).toMatchObject({ status: 'REFUND_PENDING', provider_ref: (await ledger())[0]!.reference });
    const jobs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'refund-payment'
    `.execute(database.db);
    expect(jobs.rows[0]!.n).toBe(1);
    expect((await api.holds.get()).status).toBe('HELD');
  });

  it('rejects a malformed card or key before anything happens', async () => {
    const { api } = testApi.client();
    await api.holds.create({ eventId, seatIds: seatIds('B3') });
    const before = await tableCounts(database);
    expect(
      await rejectionOf(api.holds.checkout({ payment: card('4242'), idempotencyKey: 'short-card' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'payment.card.number' });
    expect(
      await rejectionOf(api.holds.checkout({ payment: card(TEST_CARDS.succeeds), idempotencyKey: 'short' })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'idempotencyKey' });
    expect(await tableCounts(database)).toEqual(before);
  });
});

describe('staff.payments', () => {
  it('looks a claim up, confirms the offline payment and issues the booking code; the ticket checks in', async () => {
    const customer = testApi.client();
    const hold = await customer.api.holds.create({ eventId, seatIds: seatIds('A3', 'A4') });
    const { claimCode } = await customer.api.holds.attachContact({ name: 'Agus', whatsapp: '081377778888' });
    const staff = await staffApi();

    const lookup = await staff.staff.payments.lookup({ claimCode });
    expect(lookup).toMatchObject({
      holdId: hold.holdId,
      status: 'HELD',
      expired: false,
      paymentStatus: 'UNPAID',
      bookingCode: null,
      totalMinor: 100_000,
      contact: { name: 'Agus', whatsapp: '+6281377778888', email: null },
    });

    const booking = await staff.staff.payments.confirm({ claimCode });
    expect(booking).toMatchObject({ id: hold.holdId, status: 'CONFIRMED', paymentStatus: 'PAID' });
    expect(booking.code).toMatch(/^BK-/);
    expect(booking.history.at(-1)).toMatchObject({
      from: 'HELD',
      to: 'CONFIRMED',
      actor: 'loket@example.com',
    });
    const payment = await database.db.selectFrom('payments').selectAll().executeTakeFirstOrThrow();
    expect(payment).toMatchObject({
      provider: 'offline',
      status: 'SUCCEEDED',
      amount_minor: 100_000,
      idempotency_key: `offline:${hold.holdId}`,
    });
    expect(payment.confirmed_by).not.toBeNull();
    // A second click returns the same booking; nothing is recorded twice.
    expect((await staff.staff.payments.confirm({ claimCode })).code).toBe(booking.code);
    expect(await database.db.selectFrom('payments').selectAll().execute()).toHaveLength(1);
    expect((await staff.staff.payments.lookup({ claimCode })).bookingCode).toBe(booking.code);
    // The customer's waiting page now finds the hold paid, with its ticket code; nothing can change it.
    const paid = await customer.api.holds.get();
    expect([paid.status, paid.bookingCode]).toEqual(['CONFIRMED', booking.code]);
    expect((await rejectionOf(customer.api.holds.release())).code).toBe('NOT_FOUND');

    const checkedIn = await staff.staff.bookings.checkIn({ code: booking.code.toLowerCase() });
    expect(checkedIn).toMatchObject({ status: 'CHECKED_IN', eventId });
    expect((await rejectionOf(staff.staff.bookings.checkIn({ code: booking.code }))).code).toBe('CONFLICT');
  });

  it('works with a staff API key, and refuses customers and unknown codes', async () => {
    const admin = await insertTestUser(database, { email: 'admin@example.com', role: 'admin' });
    const adminClient = testApi.client();
    await adminClient.api.auth.login({ email: admin.email, password: 'correct horse battery' });
    const key = await adminClient.api.admin.apiKeys.create({ name: 'loket', role: 'staff' });
    const byKey = testApi.client({ bearerToken: key.key, origin: null }).api;

    const customer = testApi.client();
    await customer.api.holds.create({ eventId, seatIds: seatIds('B4') });
    const { claimCode } = await customer.api.holds.attachContact({ name: 'Joko', whatsapp: '081355556666' });
    expect((await rejectionOf(customer.api.staff.payments.confirm({ claimCode }))).code).toBe('UNAUTHORIZED');
    expect(await rejectionOf(byKey.staff.payments.confirm({ claimCode: 'ZZZZ-ZZZZ' }))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'claimCode',
    });
    const booking = await byKey.staff.payments.confirm({ claimCode });
    expect(booking.status).toBe('CONFIRMED');
    const payment = await database.db.selectFrom('payments').select('confirmed_by').executeTakeFirstOrThrow();
    expect(payment.confirmed_by).toBeNull();
  });
});
