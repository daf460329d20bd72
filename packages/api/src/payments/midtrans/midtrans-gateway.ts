import { createHash } from 'node:crypto';
import type { Db } from '@reserva/db';
import { type CardDetails, type CardGateway, type ChargeResult, TransientGatewayError } from '../provider.js';
import {
  amountOf,
  callMidtrans,
  type MidtransAnswer,
  type MidtransConfig,
  MidtransRefusal,
} from './midtrans-api.js';
import { orderIdOf, orderWasSent, rememberOrder } from './midtrans-orders.repository.js';

/** Transaction statuses of a charge that took the customer's money (refunds come later). */
const CHARGED = new Set(['settlement', 'refund', 'partial_refund', 'chargeback', 'partial_chargeback']);
const NOT_CHARGED = new Set(['deny', 'cancel', 'expire', 'failure']);

/**
 * What a transaction's status says about its charge: taken, not taken, or not decided yet (3-D
 * Secure, a fraud review, a pending authorisation). A capture the fraud check challenged is not
 * decided until the merchant approves or Midtrans cancels it.
 */
export function chargeStateOf(answer: MidtransAnswer): 'charged' | 'not-charged' | 'undecided' {
  const status = answer.transaction_status ?? '';
  if (CHARGED.has(status)) return 'charged';
  if (status === 'capture') return answer.fraud_status === 'challenge' ? 'undecided' : 'charged';
  if (NOT_CHARGED.has(status)) return 'not-charged';
  return 'undecided';
}

const last4Of = (answer: MidtransAnswer, fallback = '') => answer.masked_card?.slice(-4) ?? fallback;

function resultOf(answer: MidtransAnswer, last4: string): ChargeResult | 'undecided' {
  const state = chargeStateOf(answer);
  if (state === 'undecided') return state;
  if (state === 'charged') return { outcome: 'succeeded', reference: answer.transaction_id ?? '', last4 };
  return { outcome: 'declined', reason: 'The card was declined', last4 };
}

/**
 * A charge or token Midtrans refused: the card's fault (400 validation, 411 token) is a decline the
 * customer can fix; any other refusal (a wrong key, a payment type not enabled) is ours to fix.
 */
function refusedCard(answer: MidtransAnswer, declined: (reason: string) => ChargeResult): ChargeResult {
  if (answer.status_code === '400' || answer.status_code === '411') {
    return declined(answer.status_message ?? 'The card was not accepted');
  }
  throw new MidtransRefusal(answer.status_code, answer.status_message ?? '');
}

/** A refund key Midtrans accepts (letters, digits, `-`, `_`) standing for our idempotency key. */
export const refundKeyOf = (idempotencyKey: string) =>
  `rf-${createHash('sha256').update(idempotencyKey).digest('base64url')}`;

function expiryOf(card: CardDetails) {
  const match = /^(\d{2})\s*\/\s*(\d{2}|\d{4})$/.exec(card.expiry ?? '');
  if (!match) return null;
  const year = match[2]!.length === 2 ? `20${match[2]}` : match[2]!;
  return { month: match[1]!, year };
}

/**
 * The Midtrans Core API behind our card gateway interface. A charge tokenises the card with the
 * client key (`GET /v2/token`) and charges the token (`POST /v2/charge`) under an order id derived
 * from the idempotency key, so a retry finds the first attempt (Midtrans answers 406 for a used
 * order id, and the adapter then reads the order's status). `lookup` reads
 * `GET /v2/{order_id}/status`; `refund` calls `POST /v2/{transaction_id}/refund` with a refund key
 * derived from its idempotency key (partial amounts allowed; Midtrans refuses more than was
 * charged). A card charge Midtrans has not settled yet cannot be refunded, only cancelled whole:
 * a full refund of it becomes `POST /v2/{transaction_id}/cancel`, a partial one waits (transient).
 */
export function createMidtransGateway(db: Db, config: MidtransConfig): CardGateway {
  const call = (request: Parameters<typeof callMidtrans>[1]) => callMidtrans(config, request);
  const statusOf = (id: string) => call({ method: 'GET', path: `/v2/${encodeURIComponent(id)}/status` });
  const cancel = (id: string) => call({ method: 'POST', path: `/v2/${encodeURIComponent(id)}/cancel` });

  async function lookup(idempotencyKey: string, last4 = ''): Promise<ChargeResult | null> {
    if (!(await orderWasSent(db, idempotencyKey))) return null;
    const answer = await statusOf(orderIdOf(idempotencyKey));
    if (answer.status_code === '404') return null;
    if (!answer.transaction_status)
      throw new MidtransRefusal(answer.status_code, answer.status_message ?? '');
    const result = resultOf(answer, last4Of(answer, last4));
    if (result === 'undecided') {
      throw new TransientGatewayError('Midtrans has not decided this charge yet; ask again later');
    }
    return result;
  }

  return {
    async charge({ amountMinor, currency, card, idempotencyKey }) {
      const digits = card.number.replace(/\D/g, '');
      const last4 = digits.slice(-4);
      const declined = (reason: string): ChargeResult => ({ outcome: 'declined', reason, last4 });
      if (currency !== 'IDR') return declined('Midtrans charges rupiah (IDR) only');
      const expiry = expiryOf(card);
      if (!expiry || !card.cvc) return declined('The card needs its expiry date and CVC');

      const orderId = await rememberOrder(db, idempotencyKey);
      const token = await call({
        method: 'GET',
        path: '/v2/token',
        query: {
          client_key: config.clientKey,
          card_number: digits,
          card_exp_month: expiry.month,
          card_exp_year: expiry.year,
          card_cvv: card.cvc,
        },
      });
      if (!token.token_id) return refusedCard(token, declined);
      const answer = await call({
        method: 'POST',
        path: '/v2/charge',
        body: {
          payment_type: 'credit_card',
          transaction_details: { order_id: orderId, gross_amount: amountMinor },
          credit_card: { token_id: token.token_id },
        },
      });
      if (answer.status_code === '406') {
        // This key was charged before (a retry, or a process that died after charging).
        const earlier = await lookup(idempotencyKey, last4);
        if (!earlier) throw new TransientGatewayError('Midtrans has the order but not its status yet');
        return earlier;
      }
      if (!answer.transaction_status) return refusedCard(answer, declined);
      const result = resultOf(answer, last4);
      if (result !== 'undecided') return result;
      // 3-D Secure or a fraud review would need the customer or staff at Midtrans; this checkout
      // cannot wait for either, so the charge is called off and nothing is taken.
      const cancelled = await cancel(orderId);
      if (cancelled.transaction_status !== 'cancel') {
        throw new TransientGatewayError('Midtrans could not call off an undecided charge yet');
      }
      return declined('The card needs 3-D Secure or a review this checkout cannot do');
    },

    lookup: (idempotencyKey) => lookup(idempotencyKey),

    async refund({ chargeReference, amountMinor, currency, idempotencyKey }) {
      if (currency !== 'IDR') throw new MidtransRefusal('400', 'Midtrans refunds rupiah (IDR) only');
      const refundKey = refundKeyOf(idempotencyKey);
      const answer = await call({
        method: 'POST',
        path: `/v2/${encodeURIComponent(chargeReference)}/refund`,
        body: { refund_key: refundKey, amount: amountMinor, reason: 'Refund from Reserva' },
      });
      if (answer.status_code === '200') return { reference: refundKey };
      if (answer.status_code === '412') {
        const charge = await statusOf(chargeReference);
        const whole = amountOf(charge.gross_amount) === amountMinor;
        if (charge.transaction_status === 'capture' && whole) {
          const cancelled = await cancel(chargeReference);
          if (cancelled.transaction_status === 'cancel') return { reference: `cancel-${chargeReference}` };
        }
        // A retry of a refund that cancelled the charge: the same answer.
        if (charge.transaction_status === 'cancel' && whole)
          return { reference: `cancel-${chargeReference}` };
        if (charge.transaction_status === 'capture') {
          throw new TransientGatewayError('Midtrans refunds part of a card charge only once it has settled');
        }
      }
      throw new MidtransRefusal(answer.status_code, answer.status_message ?? 'The refund was refused');
    },
  };
}
