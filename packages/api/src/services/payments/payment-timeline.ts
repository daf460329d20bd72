import { includedTax, venueSettings } from '@reserva/domain';
import type { Actor, ApiConfig } from '../../context.js';
import type { Executor } from '../../repositories/bookings.repository.js';
import { refundsOfBooking } from '../../repositories/refunds.repository.js';
import { type BookingRef, bookingForMoney } from './booking-money.js';
import { endedAtOf, paymentsOfBooking } from './payments.repository.js';

const RECEIVED = new Set(['SUCCEEDED', 'REFUND_PENDING', 'REFUNDED', 'PARTIALLY_REFUNDED', 'REFUND_FAILED']);

/**
 * A booking's money, in order: every charge (card or counter, failed ones too), every refund (who
 * asked, why, when it was done), and the fee a cancellation or no-show kept; with the totals a
 * receipt prints. Its owner and staff may see it.
 */
export async function paymentTimeline({
  db,
  actor,
  input,
  config,
}: {
  db: Executor;
  actor: Actor | null;
  input: BookingRef;
  config?: ApiConfig;
}) {
  const booking = await bookingForMoney(db, actor, input, config);
  const [payments, refunds] = await Promise.all([
    paymentsOfBooking(db, booking.id),
    refundsOfBooking(db, booking.id),
  ]);
  const currency = booking.currency.trim();
  const entries: {
    kind: 'charge' | 'refund' | 'fee';
    at: Date;
    /** When a refund was done (null while it waits); a charge or fee is done when it happens. */
    doneAt: Date | null;
    amountMinor: number;
    status: string;
    method: string | null;
    reference: string | null;
    by: string | null;
    note: string | null;
  }[] = [];
  for (const payment of payments) {
    entries.push({
      kind: 'charge',
      at: payment.createdAt,
      doneAt: payment.status === 'PENDING' ? null : payment.updatedAt,
      amountMinor: payment.amountMinor,
      status: payment.status,
      method: payment.method,
      reference: payment.reference ?? payment.providerRef,
      by: payment.confirmedBy,
      note: payment.failureReason,
    });
  }
  for (const refund of refunds) {
    entries.push({
      kind: 'refund',
      at: refund.createdAt,
      doneAt: refund.refundedAt,
      amountMinor: refund.amountMinor,
      status: refund.status,
      method: null,
      reference: refund.providerRef,
      by: refund.requestedBy,
      note: [refund.cause, refund.reason].filter(Boolean).join(': '),
    });
  }
  const received = payments.filter((p) => RECEIVED.has(p.status));
  const paidMinor = received.reduce((sum, p) => sum + p.amountMinor, 0);
  const promisedBack = refunds.reduce((sum, r) => sum + r.amountMinor, 0);
  const refundedMinor = refunds
    .filter((r) => r.status === 'SUCCEEDED')
    .reduce((sum, r) => sum + r.amountMinor, 0);
  const ended = booking.status === 'CANCELLED' || booking.status === 'NO_SHOW';
  const feesKeptMinor = ended ? Math.max(0, paidMinor - promisedBack) : 0;
  if (feesKeptMinor > 0) {
    const endedAt = await endedAtOf(db, booking.id);
    entries.push({
      kind: 'fee',
      at: endedAt?.at ?? new Date(),
      doneAt: endedAt?.at ?? null,
      amountMinor: feesKeptMinor,
      status: booking.status,
      method: null,
      reference: null,
      by: null,
      note: booking.status === 'NO_SHOW' ? 'kept for the no-show' : 'kept by the cancellation policy',
    });
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    bookingId: booking.id,
    code: booking.code,
    currency,
    paymentStatus: booking.paymentStatus,
    paidMinor,
    refundedMinor,
    refundPendingMinor: refunds
      .filter((r) => r.status !== 'SUCCEEDED')
      .reduce((sum, r) => sum + r.amountMinor, 0),
    feesKeptMinor,
    netMinor: paidMinor - promisedBack,
    tax: includedTax(venueSettings(booking.venueSettings).taxLine, paidMinor - promisedBack),
    entries,
  };
}
