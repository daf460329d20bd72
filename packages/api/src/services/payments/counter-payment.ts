import type { Db } from '@reserva/db';
import { conflict, isActiveStatus, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { lockBooking } from '../../repositories/bookings.repository.js';
import { historyActor } from '../actor.js';
import { noteOnBooking } from '../booking-lifecycle.service.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { bookingForMoney, checkCurrency, owedBy } from './booking-money.js';
import {
  findPaymentByKey,
  insertPayment,
  markBookingPaid,
  paymentStatusOf,
  pendingPaymentOf,
} from './payments.repository.js';

export const COUNTER_METHODS = ['cash', 'bank_transfer', 'qris'] as const;
export type CounterMethod = (typeof COUNTER_METHODS)[number];

const METHOD_WORDS: Record<CounterMethod, string> = {
  cash: 'in cash',
  bank_transfer: 'by bank transfer',
  qris: 'by QRIS',
};

/**
 * Staff record money taken at the counter (cash, bank transfer, QRIS, with its reference) for what
 * a booking owes: the payment, the booking PAID and its history, in one transaction. The same
 * idempotency key again answers the booking as it is; the amount must be what is owed.
 */
export async function recordCounterPayment({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: {
    bookingId: string;
    method: CounterMethod;
    reference: string;
    amountMinor: number;
    idempotencyKey: string;
    currency?: string | undefined;
  };
  now?: Date;
}) {
  const booking = await bookingForMoney(db, actor, { id: input.bookingId });
  checkCurrency(booking, input.currency);
  const key = `counter:${booking.id}:${input.idempotencyKey}`;
  const earlier = await findPaymentByKey(db, key);
  if (earlier) {
    if (earlier.amountMinor !== input.amountMinor) {
      throw conflict('This idempotency key was used for another amount', 'idempotencyKey');
    }
    return loadBookingDetail(db, { id: booking.id });
  }
  if (booking.eventId !== null && booking.status === 'HELD') {
    throw validationError(
      'bookingId',
      'A seat hold is confirmed at the counter with its claim code (staff.payments.confirm)',
    );
  }
  const owed = owedBy(booking);
  if (owed <= 0) throw conflict('Nothing is owed for this booking', 'bookingId');
  if (input.amountMinor !== owed) {
    throw validationError('amountMinor', `This booking owes ${booking.currency.trim()} ${owed}`);
  }
  await db.transaction().execute(async (trx) => {
    const locked = await lockBooking(trx, { id: booking.id });
    if (!locked || !(isActiveStatus(locked.status) || locked.status === 'COMPLETED')) {
      throw conflict(
        `This booking is ${locked?.status.toLowerCase() ?? 'gone'}; it cannot be paid for`,
        'bookingId',
      );
    }
    if ((await paymentStatusOf(trx, booking.id)) !== 'UNPAID') {
      throw conflict('This booking is already paid', 'bookingId');
    }
    if (await pendingPaymentOf(trx, booking.id, now)) {
      throw conflict('A card payment for this booking is in progress', 'bookingId');
    }
    await insertPayment(trx, {
      bookingId: booking.id,
      provider: 'offline',
      method: input.method,
      reference: input.reference,
      status: 'SUCCEEDED',
      amountMinor: input.amountMinor,
      currency: booking.currency.trim(),
      idempotencyKey: key,
      confirmedBy: actor.userId,
    });
    await markBookingPaid(trx, booking.id);
    await noteOnBooking(
      trx,
      locked,
      `paid ${booking.currency.trim()} ${input.amountMinor} ${METHOD_WORDS[input.method]} (${input.reference})`,
      historyActor(actor),
    );
  });
  return loadBookingDetail(db, { id: booking.id });
}
