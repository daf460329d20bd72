import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TransientGatewayError } from '../provider.js';
import { type FakeMidtrans, MIDTRANS_TEST_CARDS, startFakeMidtrans } from './fake-midtrans-server.js';
import { MidtransRefusal } from './midtrans-api.js';
import { chargeStateOf, createMidtransGateway } from './midtrans-gateway.js';
import { orderIdOf } from './midtrans-orders.repository.js';

const database = await useTestDatabase();
const keys = { serverKey: 'SB-Mid-server-test', clientKey: 'SB-Mid-client-test' };
let midtrans: FakeMidtrans;
let gateway: ReturnType<typeof createMidtransGateway>;

beforeEach(async () => {
  await midtrans?.close();
  midtrans = await startFakeMidtrans(keys);
  gateway = createMidtransGateway(database.db, { ...keys, apiUrl: midtrans.url, timeoutMs: 2_000 });
});
afterAll(() => midtrans?.close());

const card = (number: string) => ({ number, expiry: '12/30', cvc: '123' });
const charge = (key: string, number: string = MIDTRANS_TEST_CARDS.accepted, amountMinor = 75_000) =>
  gateway.charge({ amountMinor, currency: 'IDR', card: card(number), idempotencyKey: key });
const refund = (chargeReference: string, amountMinor: number, idempotencyKey: string) =>
  gateway.refund({ chargeReference, amountMinor, currency: 'IDR', idempotencyKey });

describe('the Midtrans gateway', () => {
  it('charges a card once per idempotency key, under an order id Midtrans accepts', async () => {
    const key = 'card:0123456789abcdef0123456789abcdef:client-key-with:colons';
    const first = await charge(key);
    expect(first).toEqual({ outcome: 'succeeded', reference: expect.any(String), last4: '1118' });
    expect(await charge(key)).toEqual(first);

    const orderId = orderIdOf(key);
    expect(orderId).toMatch(/^[A-Za-z0-9\-_.~]{1,50}$/);
    expect([...midtrans.transactions.values()].map((t) => [t.order_id, t.gross_amount])).toEqual([
      [orderId, 75_000],
    ]);
    expect(await gateway.lookup(key)).toEqual(first);
  });

  it('reports a card the bank denies as declined, and looks it up as declined', async () => {
    const result = await charge('denied-1', MIDTRANS_TEST_CARDS.deniedByBank);
    expect(result).toEqual({ outcome: 'declined', reason: 'The card was declined', last4: '1113' });
    expect(await gateway.lookup('denied-1')).toMatchObject({ outcome: 'declined' });
  });

  it('calls off a charge waiting for 3-D Secure, so nothing is taken', async () => {
    const result = await charge('needs-3ds', MIDTRANS_TEST_CARDS.needs3ds);
    expect(result).toMatchObject({ outcome: 'declined', reason: expect.stringContaining('3-D Secure') });
    expect(midtrans.transactions.get(orderIdOf('needs-3ds'))?.transaction_status).toBe('cancel');
    expect(await gateway.lookup('needs-3ds')).toMatchObject({ outcome: 'declined' });
  });

  it('declines a card the fraud check denies', async () => {
    expect(await charge('fraud', MIDTRANS_TEST_CARDS.deniedByFraudCheck)).toMatchObject({
      outcome: 'declined',
    });
  });

  it('reads a capture the fraud check challenged as undecided until it is approved', () => {
    expect(
      chargeStateOf({ status_code: '201', transaction_status: 'capture', fraud_status: 'challenge' }),
    ).toBe('undecided');
    expect(chargeStateOf({ status_code: '200', transaction_status: 'capture', fraud_status: 'accept' })).toBe(
      'charged',
    );
    expect(chargeStateOf({ status_code: '201', transaction_status: 'pending' })).toBe('undecided');
    expect(chargeStateOf({ status_code: '200', transaction_status: 'partial_refund' })).toBe('charged');
    expect(chargeStateOf({ status_code: '407', transaction_status: 'expire' })).toBe('not-charged');
  });

  it('declines a card Midtrans cannot tokenise, and a currency it does not charge, without charging', async () => {
    expect(await charge('bad-card', '1234')).toMatchObject({ outcome: 'declined' });
    expect(
      await gateway.charge({
        amountMinor: 10,
        currency: 'USD',
        card: card(MIDTRANS_TEST_CARDS.accepted),
        idempotencyKey: 'usd',
      }),
    ).toMatchObject({ outcome: 'declined', reason: 'Midtrans charges rupiah (IDR) only' });
    expect(midtrans.transactions.size).toBe(0);
  });

  it('looks up a key it never sent, or Midtrans never received, as null', async () => {
    expect(await gateway.lookup('never-sent')).toBeNull();
    midtrans.failNext(1);
    await expect(charge('lost-on-the-way')).rejects.toBeInstanceOf(TransientGatewayError);
    expect(await gateway.lookup('lost-on-the-way')).toBeNull();
  });

  it('surfaces a 5xx as a TransientGatewayError, and the retry with the same key charges once', async () => {
    midtrans.failNext(2);
    await expect(charge('flaky')).rejects.toBeInstanceOf(TransientGatewayError);
    await expect(gateway.lookup('flaky')).rejects.toBeInstanceOf(TransientGatewayError);
    const retried = await charge('flaky');
    expect(retried.outcome).toBe('succeeded');
    expect(midtrans.transactions.size).toBe(1);
  });

  it('surfaces an unreachable Midtrans as a TransientGatewayError', async () => {
    const down = createMidtransGateway(database.db, {
      ...keys,
      apiUrl: 'http://127.0.0.1:9',
      timeoutMs: 500,
    });
    await expect(
      down.charge({
        amountMinor: 1,
        currency: 'IDR',
        card: card(MIDTRANS_TEST_CARDS.accepted),
        idempotencyKey: 'x',
      }),
    ).rejects.toBeInstanceOf(TransientGatewayError);
  });

  it('refunds a settled charge in parts, each once by its key, and refuses more than was charged', async () => {
    const charged = await charge('partial', MIDTRANS_TEST_CARDS.accepted, 100_000);
    if (charged.outcome !== 'succeeded') throw new Error('not charged');
    midtrans.settle(orderIdOf('partial'));

    const first = await refund(charged.reference, 30_000, 'refund:fee-kept');
    expect(await refund(charged.reference, 30_000, 'refund:fee-kept')).toEqual(first);
    await refund(charged.reference, 50_000, 'refund:manual');
    const transaction = midtrans.transactions.get(orderIdOf('partial'))!;
    expect([...transaction.refunds.values()]).toEqual([30_000, 50_000]);
    expect(transaction.transaction_status).toBe('partial_refund');

    const over = await refund(charged.reference, 20_001, 'refund:too-much').catch((error: unknown) => error);
    expect(over).toBeInstanceOf(MidtransRefusal);
    expect((over as MidtransRefusal).statusCode).toBe('412');
    expect([...transaction.refunds.values()]).toEqual([30_000, 50_000]);
    // A charge refunded in parts was still a charge.
    expect(await gateway.lookup('partial')).toMatchObject({
      outcome: 'succeeded',
      reference: charged.reference,
    });
  });

  it('refunds a charge not settled yet by cancelling it whole; a part of it waits for settlement', async () => {
    const charged = await charge('same-day', MIDTRANS_TEST_CARDS.accepted, 60_000);
    if (charged.outcome !== 'succeeded') throw new Error('not charged');
    await expect(refund(charged.reference, 10_000, 'refund:part')).rejects.toBeInstanceOf(
      TransientGatewayError,
    );
    const whole = await refund(charged.reference, 60_000, 'refund:whole');
    expect(whole.reference).toBe(`cancel-${charged.reference}`);
    expect(await refund(charged.reference, 60_000, 'refund:whole')).toEqual(whole);
    expect(midtrans.transactions.get(orderIdOf('same-day'))?.transaction_status).toBe('cancel');
  });

  it('refuses a 4xx page that is not Midtrans JSON (a proxy), and retries a 5xx one', async () => {
    let status = 403;
    const proxy = createServer((_request, response) => {
      response.writeHead(status, { 'content-type': 'text/html' });
      response.end('<html>Forbidden</html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const behind = createMidtransGateway(database.db, { ...keys, apiUrl });
    const attempt = () =>
      behind.charge({
        amountMinor: 1,
        currency: 'IDR',
        card: card(MIDTRANS_TEST_CARDS.accepted),
        idempotencyKey: 'p',
      });
    try {
      await expect(attempt()).rejects.toBeInstanceOf(MidtransRefusal);
      status = 502;
      await expect(attempt()).rejects.toBeInstanceOf(TransientGatewayError);
    } finally {
      proxy.close();
    }
  });

  it('refuses a server key Midtrans does not know, as a refusal rather than a retry', async () => {
    const wrong = createMidtransGateway(database.db, {
      ...keys,
      serverKey: 'SB-Mid-server-wrong',
      apiUrl: midtrans.url,
    });
    await expect(
      wrong.charge({
        amountMinor: 1,
        currency: 'IDR',
        card: card(MIDTRANS_TEST_CARDS.accepted),
        idempotencyKey: 'k',
      }),
    ).rejects.toBeInstanceOf(MidtransRefusal);
  });
});
