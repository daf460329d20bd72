import type { Db } from '@reserva/db';
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
import type { Actor, ApiConfig } from '../../context.js';
import type { Executor } from '../../repositories/bookings.repository.js';
import { receivedPayments } from '../../repositories/refunds.repository.js';
import { actsForVenue } from '../actor.js';
import { isManageTokenOf } from '../guest-access/manage-token.js';
import { quoteForPayment } from '../refunds/cancellation-refund.js';
import { findBookingForPayment, type PaymentBooking } from './payments.repository.js';

/** A guest (no account) names their booking by its code and the token of its manage link. */
export type BookingRef = { id: string } | { code: string; manageToken?: string | undefined };

/**
 * The booking, if the caller may see its money: its owner, staff of its venue, or the guest (no
 * account) who holds its manage link. Anyone else gets NOT_FOUND, so ids and codes reveal nothing;
 * a code alone proves nothing (codes can be guessed, manage tokens cannot).
 */
export async function bookingForMoney(
  db: Executor,
  actor: Actor | null,
  ref: BookingRef,
  config?: ApiConfig,
) {
  const booking = await findBookingForPayment(db, ref);
  if (!booking) throw notFound('Booking');
  const isOwner = actor?.userId != null && booking.userId === actor.userId;
  if (isOwner || actsForVenue(actor, booking.venueId)) return booking;
  const isGuestWithLink =
    'code' in ref &&
    booking.userId === null &&
    ref.manageToken !== undefined &&
    config !== undefined &&
    (await isManageTokenOf({ db: db as Db, config }, booking.id, ref.manageToken));
  if (!isGuestWithLink) throw notFound('Booking');
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
  config,
  now = new Date(),
}: {
  db: Executor;
  actor: Actor | null;
  input: BookingRef;
  config?: ApiConfig;
  now?: Date;
}) {
  const booking = await bookingForMoney(db, actor, input, config);
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
  const causeNow = cause(actsForVenue(actor, booking.venueId) && booking.userId !== actor?.userId);
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
