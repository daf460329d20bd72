import type { RefundsTable } from '@reserva/db';
import {
  type BookingStatus,
  type CancelCause,
  type CancelReason,
  type PaymentStatus,
  quoteRefund,
  type RefundQuote,
  venueSettings,
} from '@reserva/domain';
import type { Executor } from '../../repositories/bookings.repository.js';
import { lockReceivedPayments, type ReceivedPayment } from '../../repositories/refunds.repository.js';
import type { HistoryActor } from '../actor.js';
import type { LockedBooking } from '../booking-lifecycle.service.js';
import { queueRefund } from './refund-queue.js';

/** Who ends a booking, as the refund rows record it. */
export type CancellationSource = 'customer' | 'staff' | 'sweep' | 'event';

/**
 * The rule a cancellation follows: a customer's own cancel (or staff cancelling at the customer's
 * request) follows the free window and fee; a no-show (by staff, reason NO_SHOW or the sweep) the
 * no-show rule; anything the venue decided (closed, its own reason, the event cancelled) returns
 * everything.
 */
export function cancelCauseOf(change: { to: BookingStatus; reason?: CancelReason | undefined }): CancelCause {
  if (change.to === 'NO_SHOW' || change.reason === 'NO_SHOW') return 'no_show';
  if (change.reason === 'CUSTOMER_REQUEST') return 'customer';
  return 'venue';
}

const causeColumn = (cause: CancelCause, source: CancellationSource): RefundsTable['cause'] => {
  if (cause === 'no_show') return 'no_show';
  if (source === 'event') return 'event_cancel';
  return source === 'customer' ? 'customer_cancel' : 'staff_cancel';
};

type PolicyBooking = Pick<LockedBooking, 'startsAt' | 'venueSettings'>;

/** The quote for one received payment of a booking being ended for `cause` at `now`. */
export const quoteForPayment = (
  booking: PolicyBooking,
  payment: Pick<ReceivedPayment, 'amountMinor' | 'committedMinor'>,
  cause: CancelCause,
  now: Date,
): RefundQuote =>
  quoteRefund({
    policy: venueSettings(booking.venueSettings),
    startsAt: booking.startsAt,
    now,
    paidMinor: payment.amountMinor,
    refundedMinor: payment.committedMinor,
    cause,
  });

/**
 * The one path every ended booking's money takes (customer cancel, staff cancel, no-show by staff
 * or by the sweep, event cancel): in the caller's transaction, after the status change, each
 * received payment of the booking is quoted by the venue's policy and its refund queued on the
 * refund worker — so the refund exists exactly when the cancellation commits. The caller holds the
 * booking's row lock; a payment is refunded for a cancellation once (a unique index says so).
 */
export async function refundEndedBooking(
  trx: Executor,
  booking: PolicyBooking & { id: string; paymentStatus: PaymentStatus },
  {
    cause,
    source,
    actor,
    now,
    note,
  }: {
    cause: CancelCause;
    source: CancellationSource;
    actor: HistoryActor;
    now: Date;
    note?: string | null | undefined;
  },
) {
  // Nothing was received (a card payment in flight is refunded when it lands, see settleCharge).
  if (booking.paymentStatus === 'UNPAID') return [];
  const payments = await lockReceivedPayments(trx, booking.id);
  const queued: { paymentId: string; refundMinor: number; feeMinor: number }[] = [];
  for (const payment of payments) {
    const quote = quoteForPayment(booking, payment, cause, now);
    if (quote.refundMinor <= 0) continue;
    await queueRefund(trx, {
      payment,
      amountMinor: quote.refundMinor,
      cause: causeColumn(cause, source),
      reason: note ?? quote.reason,
      idempotencyKey: `cancel:${payment.id}`,
      actor,
      note:
        `refund of ${payment.currency} ${quote.refundMinor} queued` +
        (quote.feeMinor > 0 ? ` (${payment.currency} ${quote.feeMinor} kept)` : ''),
    });
    queued.push({ paymentId: payment.id, refundMinor: quote.refundMinor, feeMinor: quote.feeMinor });
  }
  return queued;
}
