import type { Db } from '@reserva/db';
import type { CardGateway } from '../../payments/provider.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  findPayment,
  lockPayment,
  markPaymentRefunded,
  recordRefundFailure,
  setBookingsPaymentStatus,
  setPaymentsStatus,
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

/** The key the gateway deduplicates on: every try for one payment is the same refund. */
export const refundIdempotencyKey = (paymentId: string) => `refund:${paymentId}`;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Refunds one payment, safe to run any number of times, concurrently or after a crash at any point:
 * the gateway call happens outside any transaction (no lock held while the network is slow) and
 * carries an idempotency key, so a repeat gets the first refund's answer instead of a second refund;
 * the payment is then marked REFUNDED under its row lock, once. A failure is counted and rethrown,
 * for the job queue to retry.
 */
export async function refundPayment({
  db,
  cardGateway,
  paymentId,
  now = () => new Date(),
}: {
  db: Db;
  cardGateway: CardGateway;
  paymentId: string;
  now?: () => Date;
}): Promise<RefundOutcome> {
  const payment = await findPayment(db, paymentId);
  if (!payment) return 'unknown-payment';
  if (payment.status === 'REFUNDED') return 'already-refunded';
  if (payment.status !== 'REFUND_PENDING') return 'not-pending';

  let reference: string;
  if (payment.provider === 'offline') {
    // Money paid at the counter goes back the same way; staff hand it over.
    reference = 'offline';
  } else {
    try {
      if (!payment.providerRef) throw new Error('The payment has no charge reference to refund');
      ({ reference } = await cardGateway.refund({
        chargeReference: payment.providerRef,
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        idempotencyKey: refundIdempotencyKey(payment.id),
      }));
    } catch (error) {
      await recordRefundFailure(db, payment.id, errorText(error));
      throw error;
    }
  }

  return db.transaction().execute(async (trx) => {
    const locked = await lockPayment(trx, payment.id);
    if (!locked || locked.status === 'REFUNDED') return 'already-refunded';
    // The gateway has the last word: even a refund given up meanwhile is recorded as done.
    const at = now();
    await markPaymentRefunded(trx, locked.id, { reference, at });
    await setBookingsPaymentStatus(trx, [locked.bookingId], 'REFUNDED');
    await noteRefundOnBooking(
      trx,
      locked.bookingId,
      `refund of ${locked.currency} ${locked.amountMinor} done (${reference})`,
    );
    return 'refunded';
  });
}

/**
 * A refund whose retries are spent: REFUND_FAILED, visible to staff, who can queue it again.
 * Only a payment still waiting changes (a late success stays REFUNDED).
 */
export async function giveUpRefund({ db, paymentId }: { db: Db; paymentId: string }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const payment = await lockPayment(trx, paymentId);
    if (payment?.status !== 'REFUND_PENDING') return false;
    await setPaymentsStatus(trx, [payment.id], 'REFUND_FAILED');
    await setBookingsPaymentStatus(trx, [payment.bookingId], 'REFUND_FAILED');
    await noteRefundOnBooking(
      trx,
      payment.bookingId,
      `refund failed after ${payment.refundAttempts} attempts`,
    );
    return true;
  });
}

/** Payment events go to the booking's history as notes (status unchanged), like other audit entries. */
async function noteRefundOnBooking(trx: Executor, bookingId: string, note: string) {
  const booking = await lockBooking(trx, { id: bookingId });
  if (booking) await noteOnBooking(trx, booking, note, SYSTEM);
}
