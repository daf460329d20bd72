import type { Db } from '@reserva/db';
import type { CardGateway } from '../../payments/provider.js';
import { lockBooking } from '../../repositories/bookings.repository.js';
import {
  findPayment,
  findRefundForJob,
  lockPayment,
  lockRefund,
  markPaymentRefunded,
  markRefundDone,
  recordRefundFailure,
  setRefundStatus,
  settlePaymentRefunds,
} from '../../repositories/refunds.repository.js';
import { SYSTEM } from '../actor.js';
import { noteOnBooking } from '../booking-lifecycle.service.js';

export type RefundOutcome =
  /** Refunded now. */
  | 'refunded'
  /** Someone (an earlier try, another worker) already did: nothing to do. */
  | 'already-refunded'
  /** Not waiting for a refund (e.g. given up and not retried yet): left alone. */
  | 'not-pending'
  | 'unknown-payment';

/**
 * The key the gateway deduplicates a refund on: every try of one refund row is the same refund.
 * (Rows carried over from before migration 0007 kept their payment's `refund:<paymentId>`.)
 */
export const refundIdempotencyKey = (refundId: string) => `refund:${refundId}`;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Does one refund, safe to run any number of times, concurrently or after a crash at any point:
 * the gateway call happens outside any transaction (no lock held while the network is slow) and
 * carries the refund's idempotency key, so a repeat gets the first refund's answer instead of a
 * second refund; the refund is then marked SUCCEEDED under its row lock, once, and its payment's
 * status settled from all of its refunds. A failure is counted and rethrown, for the job queue to retry.
 */
export async function refundPayment({
  db,
  cardGateway,
  paymentId,
  refundId,
  now = () => new Date(),
}: {
  db: Db;
  cardGateway: CardGateway;
  paymentId: string;
  refundId?: string | undefined;
  now?: () => Date;
}): Promise<RefundOutcome> {
  const payment = await findPayment(db, paymentId);
  if (!payment) return 'unknown-payment';
  const refund = await findRefundForJob(db, { paymentId, refundId });
  if (!refund) return payment.status === 'REFUNDED' ? 'already-refunded' : 'not-pending';
  if (refund.status === 'SUCCEEDED') return 'already-refunded';
  if (refund.status !== 'PENDING') return 'not-pending';

  let reference: string;
  if (payment.provider === 'offline') {
    // Money paid at the counter goes back the same way; staff hand it over.
    reference = 'offline';
  } else {
    try {
      if (!payment.providerRef) throw new Error('The payment has no charge reference to refund');
      ({ reference } = await cardGateway.refund({
        chargeReference: payment.providerRef,
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        idempotencyKey: refund.idempotencyKey,
      }));
    } catch (error) {
      await recordRefundFailure(db, refund, errorText(error));
      throw error;
    }
  }

  return db.transaction().execute(async (trx) => {
    // Booking, payment, refund: the order a cancellation locks them in, so the two never deadlock.
    const booking = await lockBooking(trx, { id: payment.bookingId });
    const lockedPayment = await lockPayment(trx, payment.id);
    const locked = await lockRefund(trx, refund.id);
    if (!lockedPayment || !locked || locked.status === 'SUCCEEDED') return 'already-refunded';
    // The gateway has the last word: even a refund given up meanwhile is recorded as done.
    const at = now();
    await markRefundDone(trx, locked.id, { reference, at });
    await markPaymentRefunded(trx, lockedPayment.id, { reference, at });
    await settlePaymentRefunds(trx, lockedPayment.id, at);
    if (booking) {
      await noteOnBooking(
        trx,
        booking,
        `refund of ${locked.currency} ${locked.amountMinor} done (${reference})`,
        SYSTEM,
      );
    }
    return 'refunded';
  });
}

/**
 * A refund whose retries are spent: FAILED, its payment and booking REFUND_FAILED, visible to
 * staff, who can queue it again. Only a refund still waiting changes (a late success stays done).
 */
export async function giveUpRefund({
  db,
  paymentId,
  refundId,
}: {
  db: Db;
  paymentId: string;
  refundId?: string | undefined;
}): Promise<boolean> {
  const refund = await findRefundForJob(db, { paymentId, refundId });
  if (!refund) return false;
  return db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, { id: refund.bookingId });
    const payment = await lockPayment(trx, paymentId);
    const locked = await lockRefund(trx, refund.id);
    if (!payment || locked?.status !== 'PENDING') return false;
    await setRefundStatus(trx, [locked.id], 'FAILED');
    await settlePaymentRefunds(trx, payment.id, new Date());
    if (booking) {
      await noteOnBooking(trx, booking, `refund failed after ${locked.attempts} attempts`, SYSTEM);
    }
    return true;
  });
}
