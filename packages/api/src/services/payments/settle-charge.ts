import type { Db } from '@reserva/db';
import { isActiveStatus } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import { publishSeatChange } from '../../live/seat-changes.js';
import { type CardDetails, type CardGateway, TransientGatewayError } from '../../payments/provider.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  activeSeatIdsOf,
  findHoldEvent,
  markCheckoutEnded,
  markHoldPaid,
} from '../../repositories/holds.repository.js';
import { lockEventForHold } from '../../repositories/public-events.repository.js';
import { type HistoryActor, historyActor, SYSTEM } from '../actor.js';
import { applyStatusChange, noteOnBooking } from '../booking-lifecycle.service.js';
import { queueRefund } from '../refunds/refund-queue.js';
import {
  findPaymentByKey,
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

/**
 * The card payment every checkout takes: the payment under `key` (found, or opened by `open` — a
 * concurrent request with the same key that lost the race joins the one that won), the gateway
 * charge with that same key outside any transaction (so a retry never charges twice), and the
 * answer settled once by `settleCharge`. Returns the payment as it ended.
 */
export async function payByCard({
  db,
  feed,
  cardGateway,
  actor,
  key,
  card,
  open,
}: {
  db: Db;
  feed: ChangeFeed;
  cardGateway: CardGateway;
  actor: Actor | null;
  key: string;
  card: CardDetails;
  /** Opens the PENDING payment, in a transaction of its own, after checking the booking can be paid. */
  open: () => Promise<PaymentRow>;
}): Promise<PaymentRow> {
  const payment = (await findPaymentByKey(db, key)) ?? (await openOnce(db, key, open));
  if (payment.status !== 'PENDING') return payment;
  let result: ChargeOutcome;
  try {
    result = await cardGateway.charge({
      amountMinor: payment.amountMinor,
      currency: payment.currency,
      card,
      idempotencyKey: key,
    });
  } catch (error) {
    if (!(error instanceof TransientGatewayError)) throw error;
    result = { outcome: 'unavailable' };
  }
  const payer = { ...historyActor(actor), payerId: actor?.kind === 'user' ? actor.userId : null };
  return db.transaction().execute((trx) => settleCharge(trx, feed, payment, result, payer));
}

async function openOnce(db: Db, key: string, open: () => Promise<PaymentRow>) {
  try {
    return await open();
  } catch (error) {
    // The same key sent twice at once: the other request opened its payment (and may have finished
    // it) while this one waited; carry on with that payment.
    const started = await findPaymentByKey(db, key);
    if (started) return started;
    throw error;
  }
}
