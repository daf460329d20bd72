import type { Db } from '@reserva/db';
import { conflict, isActiveStatus, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import type { ChangeFeed } from '../../live/change-feed.js';
import type { CardDetails, CardGateway } from '../../payments/provider.js';
import { lockBooking } from '../../repositories/bookings.repository.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { type BookingRef, bookingForMoney, checkCurrency, owedBy } from './booking-money.js';
import {
  insertPayment,
  type PaymentBooking,
  type PaymentRow,
  paymentStatusOf,
  pendingPaymentOf,
} from './payments.repository.js';
import { DECLINED, payByCard } from './settle-charge.js';

const declined = () => validationError('card.number', DECLINED);
const gatewayDown = () =>
  conflict('The payment gateway did not answer and nothing was charged; try again', 'idempotencyKey');
const endedMidCharge = () =>
  conflict('This booking ended before the charge completed; the charge is being refunded', 'bookingId');

/**
 * Opens a card payment for a time-slot booking: checks it can be paid, and records a PENDING
 * payment (committed before the gateway is called, so a crash leaves a record the reconciler
 * settles) for what the booking owes.
 */
async function startPayment(db: Db, booking: PaymentBooking, key: string, now: Date): Promise<PaymentRow> {
  if (booking.eventId !== null) {
    throw validationError('bookingId', 'Seats are paid for at checkout (holds.checkout)');
  }
  const amountMinor = owedBy(booking);
  return await db.transaction().execute(async (trx) => {
    const locked = await lockBooking(trx, { id: booking.id });
    if (!locked || !isActiveStatus(locked.status)) {
      throw conflict(
        `This booking is ${locked?.status.toLowerCase() ?? 'gone'}; it cannot be paid for`,
        'bookingId',
      );
    }
    if ((await paymentStatusOf(trx, booking.id)) !== 'UNPAID') {
      throw conflict('This booking is already paid', 'bookingId');
    }
    if (amountMinor <= 0) throw conflict('Nothing is owed for this booking', 'bookingId');
    if (await pendingPaymentOf(trx, booking.id, now)) {
      throw conflict('A payment for this booking is already in progress; wait a moment', 'idempotencyKey');
    }
    return insertPayment(trx, {
      bookingId: booking.id,
      provider: 'card',
      status: 'PENDING',
      amountMinor,
      currency: booking.currency.trim(),
      idempotencyKey: key,
    });
  });
}

/**
 * Pays what a booking owes by card (restaurant deposit, hotel stay or first night, desk hours) and
 * returns the booking, now PAID. The idempotency key makes a retry safe: the gateway is called with
 * the same key, outside any transaction, and never charges twice; a retry of a payment that already
 * ran its course gets its answer again.
 */
export async function payBooking({
  db,
  feed,
  cardGateway,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  feed: ChangeFeed;
  cardGateway: CardGateway;
  actor: Actor | null;
  input: { booking: BookingRef; card: CardDetails; idempotencyKey: string; currency?: string | undefined };
  now?: Date;
}) {
  const booking = await bookingForMoney(db, actor, input.booking);
  checkCurrency(booking, input.currency);
  const key = `pay:${booking.id}:${input.idempotencyKey}`;
  const payment = await payByCard({
    db,
    feed,
    cardGateway,
    actor,
    key,
    card: input.card,
    open: () => startPayment(db, booking, key, now),
  });
  if (payment.status === 'FAILED') throw payment.failureReason === DECLINED ? declined() : gatewayDown();
  if (payment.status === 'REFUND_PENDING' && payment.failureReason) throw endedMidCharge();
  return loadBookingDetail(db, { id: booking.id });
}
