import { createHash } from 'node:crypto';
import { createMidtransGateway, startWorker, type Worker } from '@reserva/api';
import {
  type FakeMidtrans,
  insertEvent,
  insertSeatVenue,
  insertTestUser,
  MIDTRANS_TEST_CARDS,
  startCheckoutByHand,
  startFakeMidtrans,
} from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { midtransConfigOf } from './card-gateway.js';
import { loadEnv } from './env.js';
import { MIDTRANS_NOTIFICATION_PATH } from './midtrans-notification-route.js';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
const keys = { serverKey: 'SB-Mid-server-reserva', clientKey: 'SB-Mid-client-reserva' };
let midtrans: FakeMidtrans;
let server: Awaited<ReturnType<typeof startTestServer>>;
let worker: Worker;

beforeAll(async () => {
  midtrans = await startFakeMidtrans(keys);
  const env = loadEnv({
    PAYMENT_PROVIDER: 'midtrans',
    MIDTRANS_SERVER_KEY: keys.serverKey,
    MIDTRANS_CLIENT_KEY: keys.clientKey,
    MIDTRANS_API_URL: midtrans.url,
  });
  const config = midtransConfigOf(env)!;
  server = await startTestServer(database, { midtrans: config });
  // The refund worker, refunding through the same Midtrans, polling every half second.
  worker = await startWorker({
    db: database.db,
    url: database.url,
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    cardGateway: createMidtransGateway(database.db, config),
    feed: server.feed,
    refunds: { retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
  });
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await midtrans?.close();
});

let event: { eventId: string; seats: Record<string, string> };
beforeEach(async () => {
  midtrans.transactions.clear();
  const hall = await insertSeatVenue(database, { slug: 'braga', rows: 1, cols: 4 });
  const eventId = await insertEvent(database, {
    venueId: hall.venueId,
    layoutId: hall.layoutId,
    priceMinor: 50_000,
  });
  event = { eventId, seats: hall.seats };
});

async function trpc(path: string, input: unknown, cookie?: string) {
  const response = await fetch(`${server.url}/trpc/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: new URL(server.url).origin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(input),
  });
  return {
    status: response.status,
    cookie: response.headers.getSetCookie()[0]?.split(';')[0],
    body: (await response.json()) as { result?: { data: Record<string, unknown> } },
  };
}

const paymentRows = () =>
  database.db.selectFrom('payments').select(['status', 'provider_ref', 'failure_reason']).execute();
const bookingOf = (id: string) =>
  database.db
    .selectFrom('bookings')
    .select(['status', 'payment_status'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const historyOf = (id: string) =>
  database.db
    .selectFrom('booking_history')
    .select(['from_status', 'to_status'])
    .where('booking_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

async function hold() {
  const held = await trpc('holds.create', { eventId: event.eventId, seatIds: [event.seats.A1] });
  expect(held.status).toBe(200);
  return held.body.result!.data as { holdId: string; holdToken: string };
}

/** A hold paid for over HTTP with this card, as the customer app does it. */
async function holdAndPay(cardNumber: string) {
  const { holdId, holdToken } = await hold();
  const paid = await trpc('holds.checkout', {
    holdToken,
    payment: { method: 'card', card: { number: cardNumber, expiry: '12/30', cvc: '123' } },
    idempotencyKey: `pay-${holdId}`,
  });
  return { holdId, paid };
}

/** A process that charged through Midtrans and died before recording it: the payment is PENDING. */
async function chargedThenCrashed(cardNumber: string) {
  const { holdId } = await hold();
  const key = `card:crashed:${holdId}`;
  await startCheckoutByHand(database.db, { holdId, key });
  const gateway = createMidtransGateway(database.db, { ...keys, apiUrl: midtrans.url });
  await gateway.charge({
    amountMinor: 50_000,
    currency: 'IDR',
    card: { number: cardNumber, expiry: '12/30', cvc: '123' },
    idempotencyKey: key,
  });
  const [transaction] = [...midtrans.transactions.values()];
  return { holdId, orderId: transaction!.order_id, transactionId: transaction!.transaction_id };
}

const refundRows = () =>
  database.db.selectFrom('refunds').select(['amount_minor', 'cause', 'status', 'provider_ref']).execute();

async function eventually(check: () => Promise<void>, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const notify = (notification: Record<string, unknown>) =>
  midtrans.notify(`${server.url}${MIDTRANS_NOTIFICATION_PATH}`, notification);

describe('PAYMENT_PROVIDER=midtrans', () => {
  it('is off by default, and needs both keys when on', () => {
    expect(midtransConfigOf(loadEnv({}))).toBeUndefined();
    // As docker compose passes unset variables.
    expect(() =>
      loadEnv({ PAYMENT_PROVIDER: 'midtrans', MIDTRANS_SERVER_KEY: '', MIDTRANS_CLIENT_KEY: '' }),
    ).toThrow(/MIDTRANS_CLIENT_KEY: required/);
    expect(
      midtransConfigOf(loadEnv({ MIDTRANS_SERVER_KEY: '', MIDTRANS_IS_PRODUCTION: '' })),
    ).toBeUndefined();
    expect(() => loadEnv({ PAYMENT_PROVIDER: 'midtrans', MIDTRANS_CLIENT_KEY: 'c' })).toThrow(
      /MIDTRANS_SERVER_KEY: required when PAYMENT_PROVIDER=midtrans/,
    );
    const keysOnly = { PAYMENT_PROVIDER: 'midtrans', MIDTRANS_SERVER_KEY: 's', MIDTRANS_CLIENT_KEY: 'c' };
    expect(midtransConfigOf(loadEnv(keysOnly))?.apiUrl).toBe('https://api.sandbox.midtrans.com');
    const production = loadEnv({ ...keysOnly, MIDTRANS_IS_PRODUCTION: 'true' });
    expect(midtransConfigOf(production)?.apiUrl).toBe('https://api.midtrans.com');
  });

  it('pays a checkout through Midtrans, over HTTP, end to end', async () => {
    const { holdId, paid } = await holdAndPay(MIDTRANS_TEST_CARDS.accepted);
    expect(paid.status).toBe(200);
    expect(paid.body.result!.data).toMatchObject({ id: holdId, status: 'CONFIRMED', paymentStatus: 'PAID' });

    const [transaction, ...others] = [...midtrans.transactions.values()];
    expect(others).toEqual([]);
    expect(transaction).toMatchObject({ gross_amount: 50_000, transaction_status: 'capture' });
    expect(await paymentRows()).toEqual([
      { status: 'SUCCEEDED', provider_ref: transaction!.transaction_id, failure_reason: null },
    ]);
  });

  it('answers a card Midtrans denies with the decline, and charges nothing', async () => {
    const { holdId, paid: denied } = await holdAndPay(MIDTRANS_TEST_CARDS.deniedByBank);
    expect(denied.status).toBe(400);
    expect(JSON.stringify(denied.body)).toContain('The card was declined');
    expect(await bookingOf(holdId)).toEqual({ status: 'HELD', payment_status: 'UNPAID' });
    expect(await paymentRows()).toEqual([
      { status: 'FAILED', provider_ref: null, failure_reason: 'The card was declined' },
    ]);
  });

  it('turns a manual partial refund by staff into a partial refund at Midtrans, once', async () => {
    const { holdId } = await holdAndPay(MIDTRANS_TEST_CARDS.accepted);
    const [transaction] = [...midtrans.transactions.values()];
    midtrans.settle(transaction!.order_id);
    await insertTestUser(database, { email: 'admin@braga.id', role: 'admin', password: 'kopi-susu-2026' });
    const { cookie } = await trpc('auth.login', { email: 'admin@braga.id', password: 'kopi-susu-2026' });
    const refund = {
      bookingId: holdId,
      amountMinor: 20_000,
      currency: 'IDR',
      reason: 'The projector failed halfway',
      idempotencyKey: 'manual-refund-1',
    };
    const first = await trpc('staff.payments.refund', refund, cookie);
    expect(first.status).toBe(200);
    expect(await trpc('staff.payments.refund', refund, cookie)).toMatchObject({
      status: 200,
      body: first.body,
    });

    await eventually(async () => {
      expect(await refundRows()).toMatchObject([
        { amount_minor: 20_000, cause: 'manual', status: 'SUCCEEDED' },
      ]);
    });
    expect([...transaction!.refunds.values()]).toEqual([20_000]);
    expect(transaction!.transaction_status).toBe('partial_refund');
    expect(await bookingOf(holdId)).toEqual({ status: 'CONFIRMED', payment_status: 'PARTIALLY_REFUNDED' });
  });
});

describe('the Midtrans payment notification', () => {
  it('settles a payment left PENDING by a crash exactly once, however often it is sent', async () => {
    const { holdId, orderId, transactionId } = await chargedThenCrashed(MIDTRANS_TEST_CARDS.accepted);
    const notification = midtrans.notificationFor(orderId);

    const answers = await Promise.all([notify(notification), notify(notification)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const results = await Promise.all(
      answers.map(async (answer) => ((await answer.json()) as { result: string }).result),
    );
    expect(results.sort()).toEqual(['settled', 'unchanged']);
    const again = await notify(notification);
    expect(await again.json()).toEqual({ result: 'unchanged' });

    expect(await bookingOf(holdId)).toEqual({ status: 'CONFIRMED', payment_status: 'PAID' });
    expect(await paymentRows()).toEqual([
      { status: 'SUCCEEDED', provider_ref: transactionId, failure_reason: null },
    ]);
    expect(await historyOf(holdId)).toEqual([
      { from_status: null, to_status: 'HELD' },
      { from_status: 'HELD', to_status: 'CONFIRMED' },
    ]);
  });

  it('refunds, through Midtrans, a charge that landed after its checkout gave up on it', async () => {
    const { holdId, orderId, transactionId } = await chargedThenCrashed(MIDTRANS_TEST_CARDS.accepted);
    // The checkout's call timed out, so it failed the payment; Midtrans had charged all the same.
    await database.db
      .updateTable('payments')
      .set({ status: 'FAILED', failure_reason: 'The payment gateway did not answer' })
      .execute();

    const captured = midtrans.notificationFor(orderId);
    const first = await notify(captured);
    expect(await first.json()).toEqual({ result: 'settled' });
    expect(await bookingOf(holdId)).toMatchObject({ status: 'HELD' });
    await eventually(async () => {
      expect(midtrans.transactions.get(orderId)?.transaction_status).toBe('cancel');
      expect(await refundRows()).toEqual([
        {
          amount_minor: 50_000,
          cause: 'late_charge',
          status: 'SUCCEEDED',
          provider_ref: `cancel-${transactionId}`,
        },
      ]);
    });
    expect(await paymentRows()).toMatchObject([{ status: 'REFUNDED', provider_ref: transactionId }]);
    // Midtrans's notification of the cancel, and the capture's sent again: nothing more moves.
    expect(await (await notify(midtrans.notificationFor(orderId))).json()).toEqual({ result: 'unchanged' });
    expect(await (await notify(captured)).json()).toEqual({ result: 'unchanged' });
    expect(await refundRows()).toHaveLength(1);
  });

  it('fails a payment Midtrans denied', async () => {
    const { holdId, orderId } = await chargedThenCrashed(MIDTRANS_TEST_CARDS.deniedByBank);
    const answer = await notify(midtrans.notificationFor(orderId));
    expect(await answer.json()).toEqual({ result: 'settled' });
    expect(await paymentRows()).toEqual([
      { status: 'FAILED', provider_ref: null, failure_reason: 'The card was declined' },
    ]);
    expect(await bookingOf(holdId)).toEqual({ status: 'HELD', payment_status: 'UNPAID' });
  });

  it('refuses a forged signature with 401 and changes nothing', async () => {
    const { holdId, orderId } = await chargedThenCrashed(MIDTRANS_TEST_CARDS.accepted);
    const genuine = midtrans.notificationFor(orderId);
    const forgedWithOtherKey = {
      ...genuine,
      signature_key: createHash('sha512')
        .update(`${orderId}${genuine.status_code}${genuine.gross_amount}SB-Mid-server-guessed`)
        .digest('hex'),
    };
    const amountChanged = { ...genuine, gross_amount: '1.00' };
    for (const forged of [forgedWithOtherKey, amountChanged, { ...genuine, signature_key: 'not-hex' }]) {
      const answer = await notify(forged);
      expect(answer.status).toBe(401);
      expect(await answer.json()).toEqual({ error: 'The signature_key does not match' });
    }

    const malformed = await notify({ order_id: orderId, transaction_status: 'settlement' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: 'Not a Midtrans notification' });

    expect(await bookingOf(holdId)).toEqual({ status: 'HELD', payment_status: 'UNPAID' });
    expect(await paymentRows()).toEqual([{ status: 'PENDING', provider_ref: null, failure_reason: null }]);
    expect(await historyOf(holdId)).toEqual([{ from_status: null, to_status: 'HELD' }]);
  });

  it('answers 200 and changes nothing for an order that is not ours', async () => {
    const { orderId } = await chargedThenCrashed(MIDTRANS_TEST_CARDS.accepted);
    await database.db.deleteFrom('midtrans_orders').execute();
    const answer = await notify(midtrans.notificationFor(orderId));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ result: 'ignored' });
    expect(await paymentRows()).toEqual([{ status: 'PENDING', provider_ref: null, failure_reason: null }]);
  });
});
