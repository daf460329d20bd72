import { type Db, transact } from '@reserva/db';
import { notFound } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { findEventRow } from '../../repositories/admin-events.repository.js';
import { lockBooking } from '../../repositories/bookings.repository.js';
import {
  failedRefundsOfEvent,
  jobConnection,
  lockFailedRefundsOfEvent,
  refundTotalsOfEvent,
} from '../../repositories/refunds.repository.js';
import { historyActor } from '../actor.js';
import { noteOnBooking } from '../booking-lifecycle.service.js';
import { enqueueRefund, markRefundsPending } from './refund-queue.js';

/** Failed refunds listed with their error, for staff to act on; the counts cover all of them. */
const FAILURES_LISTED = 100;

export async function refundProgress({ db, input }: { db: Db; actor: Actor; input: { eventId: string } }) {
  const event = await findEventRow(db, input.eventId);
  if (!event) throw notFound('Event');
  const [totals, failures] = await Promise.all([
    refundTotalsOfEvent(db, event.id),
    failedRefundsOfEvent(db, event.id, FAILURES_LISTED),
  ]);
  return { eventId: event.id, eventStatus: event.status, ...totals, failures };
}

/**
 * Queues every given-up refund of the event again, in one transaction: each goes back to
 * REFUND_PENDING with a new job, so a second click finds nothing left to queue.
 */
export async function retryRefunds({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { eventId: string };
}) {
  return transact(db, async (trx) => {
    const event = await findEventRow(trx, input.eventId);
    if (!event) throw notFound('Event');
    const payments = await lockFailedRefundsOfEvent(trx, event.id);
    if (payments.length === 0) return { eventId: event.id, requeued: 0 };
    await markRefundsPending(trx, payments);
    const who = historyActor(actor);
    const connection = jobConnection(trx);
    for (const payment of payments) {
      const booking = await lockBooking(trx, { id: payment.bookingId });
      if (booking) await noteOnBooking(trx, booking, 'refund queued again', who);
      await enqueueRefund(connection, payment.id);
    }
    return { eventId: event.id, requeued: payments.length };
  });
}
