import type { Db } from '@reserva/db';
import { conflict, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import type { CardDetails, CardGateway } from '../../payments/provider.js';
import { findHoldEvent, lockHold, markCheckoutStarted } from '../../repositories/holds.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { insertPayment, type PaymentRow } from '../payments/payments.repository.js';
import {
  CANCELLED_MID_CHARGE,
  DECLINED,
  ENDED_MID_CHARGE,
  EXPIRED_MID_CHARGE,
  GATEWAY_DOWN,
  payByCard,
} from '../payments/settle-charge.js';
import {
  checkoutInFlight,
  holdExpiredBeforePayment,
  holdGone,
  holdTokenOf,
  isLiveHold,
} from './hold-view.js';

export interface CheckoutInput {
  holdToken?: string | undefined;
  payment: { method: 'card'; card: CardDetails };
  idempotencyKey: string;
}

const declined = () => validationError('payment.card.number', DECLINED);
const eventCancelled = () =>
  conflict('This event was cancelled; its seats can no longer be paid for', 'holdToken');
const gatewayDown = () => conflict(`${GATEWAY_DOWN} and nothing was charged; try again`, 'idempotencyKey');

/** How a payment that has already run its course answers a retry with the same key. */
function settled(payment: { status: PaymentRow['status']; failureReason: string | null }): 'booking' | Error {
  if (payment.status === 'FAILED') return payment.failureReason === DECLINED ? declined() : gatewayDown();
  if (
    payment.status === 'REFUND_PENDING' &&
    (payment.failureReason === EXPIRED_MID_CHARGE || payment.failureReason === ENDED_MID_CHARGE)
  ) {
    return holdExpiredBeforePayment();
  }
  if (payment.status === 'REFUND_PENDING' && payment.failureReason === CANCELLED_MID_CHARGE) {
    return eventCancelled();
  }
  return 'booking';
}

/**
 * Starts a card payment for the live hold `tokenHash` names: a PENDING payment row, committed
 * before the gateway is called, keeps the hold from expiring under the charge (for a while; see
 * PENDING_PAYMENT_GRACE_MINUTES) and makes a second checkout of the same hold wait its turn.
 */
async function startPayment(db: Db, tokenHash: string, key: string, now: Date): Promise<PaymentRow> {
  const found = await findHoldEvent(db, { tokenHash });
  if (!found?.eventId) throw holdGone();
  const eventId = found.eventId;
  return await db.transaction().execute(async (trx) => {
    // The event first, as a cancellation locks it: a showtime cancelled meanwhile is never paid for.
    const event = await lockEventForHold(trx, eventId);
    const hold = await lockHold(trx, { tokenHash });
    if (!hold) throw holdGone();
    if (hold.status === 'EXPIRED' || (hold.status === 'HELD' && !isLiveHold(hold, now))) {
      throw holdExpiredBeforePayment();
    }
    if (hold.status !== 'HELD') throw holdGone();
    if (event?.status !== 'scheduled') throw eventCancelled();
    if (checkoutInFlight(hold, now)) {
      throw conflict('A payment for this hold is already in progress; wait a moment', 'idempotencyKey');
    }
    const payment = await insertPayment(trx, {
      bookingId: hold.id,
      provider: 'card',
      status: 'PENDING',
      amountMinor: hold.totalMinor,
      currency: hold.currency,
      idempotencyKey: key,
    });
    await markCheckoutStarted(trx, hold.id);
    return payment;
  });
}

/**
 * Pays for a hold by card and returns the confirmed booking with its booking code. The idempotency
 * key makes a retry safe: a payment already made returns its booking, a declined one its decline,
 * and the gateway (called with the same key, outside any transaction) never charges twice.
 */
export async function checkoutHold({
  db,
  feed,
  cardGateway,
  actor,
  input,
  cookieToken,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  cardGateway: CardGateway;
  actor: Actor | null;
  input: CheckoutInput;
  cookieToken: string | undefined;
  now?: Date;
}) {
  const { token, tokenHash } = holdTokenOf(input, cookieToken);
  // Keys are the hold's own: one client's key never finds another hold's payment, and a retry
  // still finds its payment after success has spent the token.
  const key = `card:${tokenHash.slice(0, 32)}:${input.idempotencyKey}`;

  const payment = await payByCard({
    db,
    feed,
    cardGateway,
    actor,
    key,
    card: input.payment.card,
    open: () => startPayment(db, tokenHash, key, now),
  });
  const answer = settled(payment);
  if (answer instanceof Error) throw answer;
  return { booking: await loadBookingDetail(db, { id: payment.bookingId }), token };
}
