import type { Db } from '@reserva/db';
import { conflict, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import { type CardDetails, type CardGateway, TransientGatewayError } from '../../payments/provider.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  activeSeatIdsOf,
  findHoldEvent,
  lockHold,
  markCheckoutEnded,
  markCheckoutStarted,
  markHoldPaid,
} from '../../repositories/holds.repository.js';
import {
  failAbandonedPayments,
  findPaymentByKey,
  insertPayment,
  lockPayment,
  type PaymentRow,
  updatePayment,
} from '../../repositories/payments.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { jobConnection } from '../../repositories/refunds.repository.js';
import { type HistoryActor, historyActor } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { enqueueRefund } from '../refunds/refund-queue.js';
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

const DECLINED = 'The card was declined';
const GATEWAY_DOWN = 'The payment gateway did not answer';
const EXPIRED_MID_CHARGE = 'The hold ended before the charge completed; the charge is to be refunded';
const CANCELLED_MID_CHARGE =
  'The event was cancelled before the charge completed; the charge is to be refunded';

const declined = () => validationError('payment.card.number', DECLINED);
const eventCancelled = () =>
  conflict('This event was cancelled; its seats can no longer be paid for', 'holdToken');
const gatewayDown = () => conflict(`${GATEWAY_DOWN} and nothing was charged; try again`, 'idempotencyKey');

/** How a payment that has already run its course answers a retry with the same key. */
function settled(payment: { status: PaymentRow['status']; failureReason: string | null }): 'booking' | Error {
  if (payment.status === 'FAILED') return payment.failureReason === DECLINED ? declined() : gatewayDown();
  if (payment.status === 'REFUND_PENDING' && payment.failureReason === EXPIRED_MID_CHARGE) {
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
  try {
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
      await failAbandonedPayments(trx, hold.id, now);
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
  } catch (error) {
    // The same key sent twice at once: the other request started its payment (and may have
    // finished it, spending the token) while this one waited; carry on with that payment.
    const started = await findPaymentByKey(db, key);
    if (started) return started;
    throw error;
  }
}

type Outcome =
  | { outcome: 'succeeded'; reference: string }
  | { outcome: 'declined'; reason: string }
  | { outcome: 'unavailable' };

/**
 * Records what the gateway said, once: a payment another request already settled is left alone.
 * A successful charge confirms the booking (HELD → CONFIRMED, PAID, token spent, seats booked).
 */
async function settlePayment(
  trx: Executor,
  feed: ChangeFeed,
  payment: PaymentRow,
  result: Outcome,
  actor: HistoryActor & { payerId: string | null },
) {
  const found = await findHoldEvent(trx, { id: payment.bookingId });
  const event = found?.eventId ? await lockEventForHold(trx, found.eventId) : undefined;
  const booking = await lockBooking(trx, { id: payment.bookingId });
  const current = await lockPayment(trx, payment.id);
  if (current.status !== 'PENDING' || !booking) return current;
  await markCheckoutEnded(trx, booking.id);
  if (result.outcome === 'unavailable') {
    await updatePayment(trx, payment.id, { status: 'FAILED', failureReason: GATEWAY_DOWN });
    return { ...current, status: 'FAILED' as const, failureReason: GATEWAY_DOWN };
  }
  if (result.outcome === 'declined') {
    await updatePayment(trx, payment.id, { status: 'FAILED', failureReason: DECLINED });
    return { ...current, status: 'FAILED' as const, failureReason: DECLINED };
  }
  if (booking.status !== 'HELD' || event?.status !== 'scheduled') {
    // Cancelled or expired while the card was charged: the money goes back (the refund worker's job).
    const reason = event?.status === 'scheduled' ? EXPIRED_MID_CHARGE : CANCELLED_MID_CHARGE;
    await updatePayment(trx, payment.id, {
      status: 'REFUND_PENDING',
      providerRef: result.reference,
      failureReason: reason,
    });
    await enqueueRefund(jobConnection(trx), payment.id);
    return { ...current, status: 'REFUND_PENDING' as const, failureReason: reason };
  }
  await updatePayment(trx, payment.id, { status: 'SUCCEEDED', providerRef: result.reference });
  const seatIds = await activeSeatIdsOf(trx, booking.id);
  await applyStatusChange(trx, booking, { to: 'CONFIRMED', note: 'paid by card' }, actor);
  await markHoldPaid(trx, booking.id, { totalMinor: payment.amountMinor, userId: actor.payerId });
  if (booking.eventId) {
    await publishSeatChange(feed, trx, booking.eventId, { seatIds, status: 'booked', holdId: booking.id });
  }
  return { ...current, status: 'SUCCEEDED' as const };
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

  let payment = (await findPaymentByKey(db, key)) ?? (await startPayment(db, tokenHash, key, now));
  if (payment.status === 'PENDING') {
    let result: Outcome;
    try {
      result = await cardGateway.charge({
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        card: input.payment.card,
        idempotencyKey: key,
      });
    } catch (error) {
      if (!(error instanceof TransientGatewayError)) throw error;
      result = { outcome: 'unavailable' };
    }
    const pending = payment;
    const payer = { ...historyActor(actor), payerId: actor?.kind === 'user' ? actor.userId : null };
    payment = await db.transaction().execute((trx) => settlePayment(trx, feed, pending, result, payer));
  }
  const answer = settled(payment);
  if (answer instanceof Error) throw answer;
  return { booking: await loadBookingDetail(db, { id: payment.bookingId }), token };
}
