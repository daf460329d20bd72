import { isActiveStatus } from '@reserva/domain';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  activeSeatIdsOf,
  findHoldEvent,
  markCheckoutEnded,
  markHoldPaid,
} from '../../repositories/holds.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { type HistoryActor, SYSTEM } from '../actor.js';
import { applyStatusChange, noteOnBooking } from '../booking-lifecycle.service.js';
import { queueRefund } from '../refunds/refund-queue.js';
import {
  lockPayment,
  markBookingPaid,
  type PaymentRow,
  paymentStatusOf,
  updatePayment,
} from './payments.repository.js';

/** What the gateway said about a charge (or, asked later by its key, that it never charged). */
export type ChargeOutcome =
  | { outcome: 'succeeded'; reference: string }
  | { outcome: 'declined'; reason: string }
  | { outcome: 'unavailable' }
  | { outcome: 'never-charged' };

export const DECLINED = 'The card was declined';
export const GATEWAY_DOWN = 'The payment gateway did not answer';
export const NEVER_CHARGED = 'The gateway has no charge under this payment’s key';
export const EXPIRED_MID_CHARGE = 'The hold ended before the charge completed; the charge is to be refunded';
export const CANCELLED_MID_CHARGE =
  'The event was cancelled before the charge completed; the charge is to be refunded';
export const ENDED_MID_CHARGE =
  'The booking ended or was paid otherwise before the charge completed; the charge is to be refunded';

const FAILURES = { declined: DECLINED, unavailable: GATEWAY_DOWN, 'never-charged': NEVER_CHARGED } as const;

/**
 * Records what the gateway said about a card payment, once, for any kind of booking: the one place
 * a charge becomes a paid booking or a refund. A successful charge confirms a seat hold that still
 * holds its seats (HELD → CONFIRMED, seats booked) or marks a time-slot booking that is still
 * active PAID; a charge that landed on a booking that ended, was paid otherwise, or whose event was
 * cancelled is refunded in full through the refund worker. A payment the gateway says succeeded is
 * never marked FAILED — even one the reconciler gave up on before the charge landed.
 */
export async function settleCharge(
  trx: Executor,
  feed: ChangeFeed,
  payment: Pick<PaymentRow, 'id' | 'bookingId'>,
  result: ChargeOutcome,
  actor: HistoryActor & { payerId: string | null },
): Promise<PaymentRow> {
  // Event, booking, payment: the order a cancellation and the refund worker lock them in.
  const found = await findHoldEvent(trx, { id: payment.bookingId });
  const event = found?.eventId ? await lockEventForHold(trx, found.eventId) : undefined;
  const booking = await lockBooking(trx, { id: payment.bookingId });
  const current = await lockPayment(trx, payment.id);
  const lateSuccess = current.status === 'FAILED' && result.outcome === 'succeeded';
  if ((current.status !== 'PENDING' && !lateSuccess) || !booking) return current;
  if (booking.status === 'HELD') await markCheckoutEnded(trx, booking.id);
  if (result.outcome !== 'succeeded') {
    const failureReason = FAILURES[result.outcome];
    await updatePayment(trx, payment.id, { status: 'FAILED', failureReason });
    return { ...current, status: 'FAILED', failureReason };
  }

  const isHold = booking.eventId !== null;
  const eventLive = !isHold || event?.status === 'scheduled';
  const paidOtherwise = (await paymentStatusOf(trx, booking.id)) !== 'UNPAID';
  const completes = lateSuccess
    ? false
    : isHold
      ? booking.status === 'HELD' && eventLive
      : isActiveStatus(booking.status) && !paidOtherwise;
  if (!completes) {
    const reason = !eventLive
      ? CANCELLED_MID_CHARGE
      : isHold && !paidOtherwise
        ? EXPIRED_MID_CHARGE
        : ENDED_MID_CHARGE;
    await updatePayment(trx, payment.id, {
      status: 'REFUND_PENDING',
      providerRef: result.reference,
      failureReason: reason,
    });
    await queueRefund(trx, {
      payment: current,
      amountMinor: current.amountMinor,
      cause: 'late_charge',
      reason,
      idempotencyKey: `late:${current.id}`,
      actor: SYSTEM,
      note: `a late charge of ${current.currency} ${current.amountMinor} is refunded`,
    });
    return { ...current, status: 'REFUND_PENDING', failureReason: reason };
  }

  await updatePayment(trx, payment.id, { status: 'SUCCEEDED', providerRef: result.reference });
  if (isHold) {
    const seatIds = await activeSeatIdsOf(trx, booking.id);
    await applyStatusChange(trx, booking, { to: 'CONFIRMED', note: 'paid by card' }, actor);
    await markHoldPaid(trx, booking.id, { totalMinor: current.amountMinor, userId: actor.payerId });
    if (booking.eventId) {
      await publishSeatChange(feed, trx, booking.eventId, { seatIds, status: 'booked', holdId: booking.id });
    }
  } else {
    await markBookingPaid(trx, booking.id);
    await noteOnBooking(trx, booking, `paid ${current.currency} ${current.amountMinor} by card`, actor);
  }
  return { ...current, status: 'SUCCEEDED' };
}
