import type { Db } from '@reserva/db';
import { notFound } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { findEventRow } from '../../repositories/admin-events.repository.js';
import { type Executor, lockBooking } from '../../repositories/bookings.repository.js';
import {
  failedRefundIdsOfBooking,
  failedRefundIdsOfEvent,
  failedRefundsOfEvent,
  jobConnection,
  lockRefund,
  refundTotalsOfEvent,
  setRefundStatus,
  settlePaymentRefunds,
} from '../../repositories/refunds.repository.js';
import { type HistoryActor, historyActor } from '../actor.js';
import { noteOnBooking } from '../booking-lifecycle.service.js';
import { enqueueRefund } from './refund-queue.js';

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
 * REFUND_PENDING with a new job, so a second click finds nothing left to queue. Bookings are locked
 * before their payments and refunds, in the order the refund worker takes them.
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
  return db.transaction().execute(async (trx) => {
    const event = await findEventRow(trx, input.eventId);
    if (!event) throw notFound('Event');
    const failed = await failedRefundIdsOfEvent(trx, event.id);
    const requeued = await requeueFailedRefunds(trx, failed, historyActor(actor));
    return { eventId: event.id, requeued };
  });
}

/**
 * Queues the given failed refunds again, in the caller's transaction: each booking is locked before
 * its refund (the order the refund worker takes them), each refund still FAILED goes back to
 * PENDING with a new job, its payment and booking REFUND_PENDING. Says how many were queued.
 */
export async function requeueFailedRefunds(
  trx: Executor,
  failed: readonly { id: string; bookingId: string }[],
  who: HistoryActor,
) {
  const connection = jobConnection(trx);
  let requeued = 0;
  for (const candidate of failed) {
    const booking = await lockBooking(trx, { id: candidate.bookingId });
    const refund = await lockRefund(trx, candidate.id);
    if (!booking || refund?.status !== 'FAILED') continue;
    await setRefundStatus(trx, [refund.id], 'PENDING');
    await settlePaymentRefunds(trx, refund.paymentId, new Date());
    await noteOnBooking(trx, booking, 'refund queued again', who);
    await enqueueRefund(connection, { paymentId: refund.paymentId, refundId: refund.id });
    requeued += 1;
  }
  return requeued;
}

/** Staff queue a booking's given-up refunds again (REFUND_FAILED → REFUND_PENDING). */
export async function retryBookingRefunds({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { bookingId: string };
}) {
  return db.transaction().execute(async (trx) => {
    const failed = await failedRefundIdsOfBooking(trx, input.bookingId);
    const requeued = await requeueFailedRefunds(trx, failed, historyActor(actor));
    return { bookingId: input.bookingId, requeued };
  });
}
