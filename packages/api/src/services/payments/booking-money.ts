import {
  amountOwed,
  type CancelCause,
  includedTax,
  isActiveStatus,
  notFound,
  quoteRefund,
  validationError,
  venueSettings,
} from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { Executor } from '../../repositories/bookings.repository.js';
import { receivedPayments } from '../../repositories/refunds.repository.js';
import { isStaff } from '../actor.js';
import { quoteForPayment } from '../refunds/cancellation-refund.js';
import { findBookingForPayment, type PaymentBooking } from './payments.repository.js';

export type BookingRef = { id: string } | { code: string };

/**
 * The booking, if the caller may see its money: its owner, staff, or a guest (no account) who
 * knows its code. Anyone else gets NOT_FOUND, so ids and codes reveal nothing.
 */
export async function bookingForMoney(db: Executor, actor: Actor | null, ref: BookingRef) {
  const booking = await findBookingForPayment(db, ref);
  if (!booking) throw notFound('Booking');
  const isOwner = actor?.userId != null && booking.userId === actor.userId;
  const isGuestByCode = 'code' in ref && booking.userId === null;
  if (!isOwner && !isStaff(actor) && !isGuestByCode) throw notFound('Booking');
  return booking;
}

/** What the booking owes up front by its venue's settings (deposit, stay or first night, total). */
export function owedBy(booking: PaymentBooking): number {
  const settings = venueSettings(booking.venueSettings);
  return amountOwed({
    kind: booking.venueKind,
    totalMinor: booking.totalMinor,
    depositMinor: booking.depositMinor,
    settings,
    firstNight:
      booking.nightlyMinor === null
        ? undefined
        : {
            nightlyMinor: Number(booking.nightlyMinor),
            startsAt: booking.startsAt,
            timeZone: booking.timeZone,
          },
  });
}

/** A currency other than the booking's (the venue's) is refused, naming the field. */
export function checkCurrency(booking: { currency: string }, currency: string | undefined) {
  if (currency !== undefined && currency.toUpperCase() !== booking.currency.trim()) {
    throw validationError('currency', `This venue takes ${booking.currency.trim()} only`);
  }
}

/** Seat holds are paid through their own checkout (token, claim code); everything else here. */
const payWith = (booking: PaymentBooking, dueMinor: number) => {
  if (dueMinor <= 0) return null;
  if (booking.eventId !== null) return booking.status === 'HELD' ? ('holds.checkout' as const) : null;
  return isActiveStatus(booking.status) ? ('payments.pay' as const) : null;
};

/**
 * What a booking owes, what was paid and refunded, by when it is due, and the cancellation policy
 * that applies to it: what the customer sees before paying.
 */
export async function quotePayment({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Executor;
  actor: Actor | null;
  input: BookingRef;
  now?: Date;
}) {
  const booking = await bookingForMoney(db, actor, input);
  const settings = venueSettings(booking.venueSettings);
  const payments = await receivedPayments(db, booking.id);
  const owedMinor = owedBy(booking);
  const paidMinor = payments.reduce((sum, p) => sum + p.amountMinor, 0);
  const promisedBackMinor = payments.reduce((sum, p) => sum + p.committedMinor, 0);
  const dueMinor = booking.paymentStatus === 'UNPAID' ? owedMinor : 0;
  const policy = quoteRefund({
    policy: settings,
    startsAt: booking.startsAt,
    now,
    paidMinor: owedMinor,
    cause: 'customer',
  });
  return {
    bookingId: booking.id,
    code: booking.code,
    status: booking.status,
    paymentStatus: booking.paymentStatus,
    currency: booking.currency.trim(),
    owedMinor,
    dueMinor,
    paidMinor,
    refundedMinor: promisedBackMinor,
    dueBy: booking.status === 'HELD' && booking.holdExpiresAt ? booking.holdExpiresAt : booking.startsAt,
    payWith: payWith(booking, dueMinor),
    tax: includedTax(settings.taxLine, owedMinor),
    policy: {
      cancelFreeHours: settings.cancelFreeHours,
      freeUntil: policy.freeUntil,
      cancelFee: settings.cancelFee,
      noShowFee: settings.noShowFee,
    },
  };
}

/**
 * What cancelling the booking now would give back: by the customer's rule for its owner, by the
 * rule the reason picks for staff (see cancelCauseOf).
 */
export async function quoteCancellation({
  db,
  actor,
  input,
  cause,
  now = new Date(),
}: {
  db: Executor;
  actor: Actor | null;
  input: BookingRef;
  cause: (staff: boolean) => CancelCause;
  now?: Date;
}) {
  const booking = await bookingForMoney(db, actor, input);
  const payments = await receivedPayments(db, booking.id);
  const causeNow = cause(isStaff(actor) && booking.userId !== actor?.userId);
  let refundMinor = 0;
  let feeMinor = 0;
  let quote = quoteForPayment(booking, { amountMinor: 0, committedMinor: 0 }, causeNow, now);
  for (const payment of payments) {
    quote = quoteForPayment(booking, payment, causeNow, now);
    refundMinor += quote.refundMinor;
    feeMinor += quote.feeMinor;
  }
  return {
    bookingId: booking.id,
    refundMinor,
    feeMinor,
    currency: booking.currency.trim(),
    reason: quote.reason,
    freeUntil: quote.freeUntil,
  };
}
