import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  activeSeatIdsOf,
  findHoldEvent,
  markCheckoutEnded,
  markHoldPaid,
} from '../../repositories/holds.repository.js';
import { lockPayment, type PaymentRow, updatePayment } from '../../repositories/payments.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { jobConnection } from '../../repositories/refunds.repository.js';
import type { HistoryActor } from '../actor.js';
import { applyStatusChange } from '../booking-lifecycle.service.js';
import { enqueueRefund } from '../refunds/refund-queue.js';

/** What the gateway said about a charge. */
export type ChargeOutcome =
  | { outcome: 'succeeded'; reference: string }
  | { outcome: 'declined'; reason: string }
  | { outcome: 'unavailable' };

export const DECLINED = 'The card was declined';
export const GATEWAY_DOWN = 'The payment gateway did not answer';
export const EXPIRED_MID_CHARGE = 'The hold ended before the charge completed; the charge is to be refunded';
export const CANCELLED_MID_CHARGE =
  'The event was cancelled before the charge completed; the charge is to be refunded';

/**
 * Records what the gateway said about a card payment, once: a payment another request (a
 * checkout, or the gateway's notification) already settled is left alone. A successful charge
 * confirms the booking (HELD → CONFIRMED, PAID, token spent, seats booked); one that landed on a
 * hold that ended meanwhile is refunded by the refund worker.
 */
export async function settleCharge(
  trx: Executor,
  feed: ChangeFeed,
  payment: Pick<PaymentRow, 'id' | 'bookingId'>,
  result: ChargeOutcome,
  actor: HistoryActor & { payerId: string | null },
): Promise<PaymentRow> {
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
  await markHoldPaid(trx, booking.id, { totalMinor: current.amountMinor, userId: actor.payerId });
  if (booking.eventId) {
    await publishSeatChange(feed, trx, booking.eventId, { seatIds, status: 'booked', holdId: booking.id });
  }
  return { ...current, status: 'SUCCEEDED' as const };
}
