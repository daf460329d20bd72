import type { Db } from '@reserva/db';
import { conflict, forbidden, validationError, venueSettings } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { lockBooking } from '../../repositories/bookings.repository.js';
import { findRefundByKey, lockReceivedPayments } from '../../repositories/refunds.repository.js';
import { historyActor } from '../actor.js';
import { bookingForMoney, checkCurrency } from '../payments/booking-money.js';
import { queueRefund } from './refund-queue.js';

const money = (currency: string, amount: number) => `${currency} ${amount}`;

/**
 * Staff give money back by hand, whole or part, with a reason: a refund row queued on the refund
 * worker in this transaction, a real (partial) refund at the gateway once done. Never more than is
 * left of what was paid (refunds done, waiting or failed all count), only by an admin above the
 * venue's threshold; the same idempotency key again answers the same refund.
 */
export async function refundByHand({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: {
    bookingId: string;
    amountMinor: number;
    reason: string;
    idempotencyKey: string;
    currency?: string | undefined;
  };
}) {
  const booking = await bookingForMoney(db, actor, { id: input.bookingId });
  checkCurrency(booking, input.currency);
  const currency = booking.currency.trim();
  const key = `manual:${booking.id}:${input.idempotencyKey}`;
  const settings = venueSettings(booking.venueSettings);
  if (input.amountMinor > settings.manualRefundAdminAboveMinor && actor.role !== 'admin') {
    throw forbidden(`Refunds above ${money(currency, settings.manualRefundAdminAboveMinor)} need an admin`);
  }
  const refund = await db.transaction().execute(async (trx) => {
    const locked = await lockBooking(trx, { id: booking.id });
    if (!locked) throw validationError('bookingId', 'No booking has this id');
    const earlier = await findRefundByKey(trx, key);
    if (earlier) {
      if (earlier.amountMinor !== input.amountMinor) {
        throw conflict('This idempotency key was used for another refund', 'idempotencyKey');
      }
      return earlier;
    }
    const payments = await lockReceivedPayments(trx, booking.id);
    if (payments.length === 0) {
      throw validationError('bookingId', 'This booking has not been paid; there is nothing to refund');
    }
    const left = payments.map((p) => ({ payment: p, leftMinor: p.amountMinor - p.committedMinor }));
    const payment = left.find((entry) => entry.leftMinor >= input.amountMinor);
    if (!payment) {
      const most = Math.max(0, ...left.map((entry) => entry.leftMinor));
      throw validationError(
        'amountMinor',
        most === 0
          ? 'Everything paid for this booking has already been refunded'
          : `At most ${money(currency, most)} is left to refund`,
      );
    }
    const who = historyActor(actor);
    const queued = await queueRefund(trx, {
      payment: payment.payment,
      amountMinor: input.amountMinor,
      cause: 'manual',
      reason: input.reason,
      idempotencyKey: key,
      actor: who,
      note: `refund of ${money(currency, input.amountMinor)} queued by hand: ${input.reason}`,
    });
    return { id: queued.id, status: 'PENDING' as const, reason: input.reason };
  });
  return {
    refundId: refund.id,
    bookingId: booking.id,
    amountMinor: input.amountMinor,
    currency,
    status: refund.status,
    reason: refund.reason,
  };
}
