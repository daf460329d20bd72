import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { midtransSignature } from './midtrans-signature.js';

/** Midtrans's sandbox test cards (docs.midtrans.com, "Testing Payment on Sandbox"). */
export const MIDTRANS_TEST_CARDS = {
  /** Cardholder not enrolled for 3-D Secure: the charge is accepted at once. */
  accepted: '4411 1111 1111 1118',
  /** Cardholder ready for 3-D Secure: the charge waits for authentication (201, a redirect URL). */
  needs3ds: '4811 1111 1111 1114',
  deniedByBank: '4911 1111 1111 1113',
  deniedByFraudCheck: '4611 1111 1111 1116',
} as const;

interface Transaction {
  transaction_id: string;
  order_id: string;
  gross_amount: number;
  transaction_status: string;
  fraud_status: string;
  masked_card: string;
  refunds: Map<string, number>;
}

const CODE_OF_STATUS: Record<string, string> = {
  capture: '200',
  settlement: '200',
  refund: '200',
  partial_refund: '200',
  cancel: '200',
  pending: '201',
  deny: '202',
  expire: '407',
};

const digits = (text: string) => text.replace(/\D/g, '');
const money = (amount: number) => `${amount}.00`;

/**
 * A local HTTP server that answers the Core API calls Reserva makes as Midtrans documents them
 * (docs.midtrans.com: charge, get token, get status, refund, cancel, HTTP notification), with
 * the body's `status_code` as the answer's meaning and amounts as decimal strings. It holds its
 * transactions in memory, refuses a used order id (406) and refunds beyond the charge (412),
 * treats a card capture as unsettled until `settle` (refund refused, cancel allowed, as Midtrans
 * does), and answers 500 to the next `failNext(n)` calls, to rehearse transient failure.
 */
export async function startFakeMidtrans(keys: { serverKey: string; clientKey: string }) {
  const transactions = new Map<string, Transaction>();
  const tokens = new Map<string, string>();
  const requests: { method: string; path: string }[] = [];
  let failures = 0;

  const find = (id: string) =>
    transactions.get(id) ?? [...transactions.values()].find((t) => t.transaction_id === id);
  const describe = (t: Transaction) => ({
    status_code: CODE_OF_STATUS[t.transaction_status] ?? '200',
    status_message: 'Success, transaction is found',
    transaction_id: t.transaction_id,
    order_id: t.order_id,
    gross_amount: money(t.gross_amount),
    currency: 'IDR',
    payment_type: 'credit_card',
    transaction_time: '2026-12-02 19:00:00',
    transaction_status: t.transaction_status,
    fraud_status: t.fraud_status,
    masked_card: t.masked_card,
  });

  function answer(response: ServerResponse, body: Record<string, unknown>) {
    const code = Number(body.status_code);
    response.writeHead(code >= 300 ? code : 200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  function route(method: string, url: URL, body: Record<string, unknown>): Record<string, unknown> {
    if (method === 'GET' && url.pathname === '/v2/token') {
      const number = digits(url.searchParams.get('card_number') ?? '');
      if (url.searchParams.get('client_key') !== keys.clientKey) {
        return { status_code: '401', status_message: 'Access denied, please check client or server key' };
      }
      if (!/^\d{15,16}$/.test(number) || !url.searchParams.get('card_cvv')) {
        return { status_code: '400', status_message: 'One or more parameters in the payload is invalid.' };
      }
      const token = `${number.slice(0, 6)}-${number.slice(-4)}-${randomUUID()}`;
      tokens.set(token, number);
      return {
        status_code: '200',
        status_message: 'Credit card token is created as Token ID.',
        token_id: token,
      };
    }
    if (method === 'POST' && url.pathname === '/v2/charge') {
      const details = body.transaction_details as { order_id?: string; gross_amount?: number } | undefined;
      const token = (body.credit_card as { token_id?: string } | undefined)?.token_id ?? '';
      const number = tokens.get(token);
      if (!number)
        return { status_code: '411', status_message: 'Token id is missing, invalid, or timed out' };
      const orderId = details?.order_id ?? '';
      const amount = details?.gross_amount;
      if (!/^[A-Za-z0-9\-_.~]{1,50}$/.test(orderId) || !Number.isInteger(amount) || (amount ?? 0) < 1) {
        return { status_code: '400', status_message: 'One or more parameters in the payload is invalid.' };
      }
      if (transactions.has(orderId)) {
        return {
          status_code: '406',
          status_message: 'Duplicate order ID. Order ID has already been utilized previously',
        };
      }
      const outcome =
        number === digits(MIDTRANS_TEST_CARDS.accepted)
          ? { transaction_status: 'capture', fraud_status: 'accept' }
          : number === digits(MIDTRANS_TEST_CARDS.needs3ds)
            ? { transaction_status: 'pending', fraud_status: 'accept' }
            : number === digits(MIDTRANS_TEST_CARDS.deniedByFraudCheck)
              ? { transaction_status: 'deny', fraud_status: 'deny' }
              : { transaction_status: 'deny', fraud_status: 'accept' };
      const transaction: Transaction = {
        transaction_id: randomUUID(),
        order_id: orderId,
        gross_amount: amount!,
        ...outcome,
        masked_card: `${number.slice(0, 8)}-${number.slice(-4)}`,
        refunds: new Map(),
      };
      transactions.set(orderId, transaction);
      const pending = outcome.transaction_status === 'pending';
      return {
        ...describe(transaction),
        status_message: `Success, Credit Card transaction is ${pending ? 'pending' : 'processed'}`,
        ...(pending ? { redirect_url: `${url}/v2/3ds/${transaction.transaction_id}` } : {}),
      };
    }
    const action = /^\/v2\/([^/]+)\/(status|refund|cancel)$/.exec(url.pathname);
    const transaction = action ? find(decodeURIComponent(action[1]!)) : undefined;
    if (!action) return { status_code: '404', status_message: 'The requested resource is not found' };
    if (!transaction) return { status_code: '404', status_message: "Transaction doesn't exist." };
    if (method === 'GET' && action[2] === 'status') return describe(transaction);
    if (method === 'POST' && action[2] === 'cancel') {
      if (transaction.transaction_status !== 'capture' && transaction.transaction_status !== 'pending') {
        return { status_code: '412', status_message: 'Merchant cannot modify the status of the transaction' };
      }
      transaction.transaction_status = 'cancel';
      return { ...describe(transaction), status_message: 'Success, transaction is canceled' };
    }
    if (method === 'POST' && action[2] === 'refund') {
      const key = String(body.refund_key ?? randomUUID());
      const amount = body.amount === undefined ? transaction.gross_amount : Number(body.amount);
      const refunded = () => [...transaction.refunds.values()].reduce((sum, value) => sum + value, 0);
      const previous = transaction.refunds.get(key);
      const refundAnswer = (value: number) => ({
        ...describe(transaction),
        status_message: 'Success, refund request is approved',
        refund_chargeback_id: [...transaction.refunds.keys()].indexOf(key) + 1,
        refund_amount: money(value),
        refund_key: key,
      });
      if (previous !== undefined) return refundAnswer(previous);
      const settled = ['settlement', 'partial_refund'].includes(transaction.transaction_status);
      if (
        !settled ||
        !Number.isInteger(amount) ||
        amount < 1 ||
        refunded() + amount > transaction.gross_amount
      ) {
        return { status_code: '412', status_message: 'Merchant cannot modify the status of the transaction' };
      }
      transaction.refunds.set(key, amount);
      transaction.transaction_status = refunded() === transaction.gross_amount ? 'refund' : 'partial_refund';
      return refundAnswer(amount);
    }
    return { status_code: '405', status_message: 'HTTP method is not allowed' };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://midtrans.test');
    requests.push({ method: request.method ?? '', path: url.pathname });
    if (failures > 0) {
      failures -= 1;
      return answer(response, {
        status_code: '500',
        status_message: 'Sorry, we encountered internal server error. We will fix this soon.',
      });
    }
    const auth = request.headers.authorization ?? '';
    if (auth !== `Basic ${Buffer.from(`${keys.serverKey}:`).toString('base64')}`) {
      return answer(response, {
        status_code: '401',
        status_message: 'Access denied due to unauthorized transaction, please check client or server key',
      });
    }
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
        : {};
    } catch {
      return answer(response, { status_code: '413', status_message: 'The request cannot be processed' });
    }
    answer(response, route(request.method ?? 'GET', url, body));
  }

  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** The HTTP notification Midtrans sends for a transaction as it stands, signed with the server key. */
  function notificationFor(orderId: string) {
    const transaction = transactions.get(orderId);
    if (!transaction) throw new Error(`No transaction ${orderId}`);
    const { status_code, gross_amount, ...rest } = describe(transaction);
    const signed = { order_id: orderId, status_code, gross_amount };
    return {
      ...rest,
      status_code,
      gross_amount,
      status_message: 'midtrans payment notification',
      merchant_id: 'G000000000',
      signature_key: midtransSignature(signed, keys.serverKey),
    };
  }

  return {
    url,
    requests,
    transactions,
    /** The next `count` calls answer HTTP 500, as Midtrans does when it is in trouble. */
    failNext(count: number) {
      failures = count;
    },
    /** Midtrans's daily settlement of a captured card charge: from now on it can be refunded. */
    settle(orderId: string) {
      const transaction = transactions.get(orderId);
      if (transaction?.transaction_status === 'capture') transaction.transaction_status = 'settlement';
    },
    notificationFor,
    /** POSTs the notification to the merchant's notification URL, as Midtrans does. */
    notify: (target: string, notification: Record<string, unknown>) =>
      fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(notification),
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeMidtrans = Awaited<ReturnType<typeof startFakeMidtrans>>;
