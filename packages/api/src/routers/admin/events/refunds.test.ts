import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../../testing.js';
import { startWorker, type Worker } from '../../../worker/index.js';
import { signedIn } from '../../staff/fixtures.js';
import {
  cinemaWithHall,
  eventually,
  insertSeatBooking,
  recordingLogger,
  scheduleShowtime,
} from './fixtures.js';

const database = await useTestDatabase();
/** The gateway fails 30% of calls while flaky, every call while down, none once recovered. */
const gateway = { state: 'flaky' as 'flaky' | 'down' | 'recovered' };
const testApi = createTestApi(database, {
  gateway: {
    transientFailureRate: 0.3,
    random: () => ({ flaky: Math.random(), down: 0, recovered: 1 })[gateway.state],
  },
});
const workers: Worker[] = [];
afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await testApi.close();
});

/** A worker on the test database, with retries in seconds instead of minutes. */
async function worker(refunds: { retryLimit?: number; batchSize?: number } = {}) {
  const started = await startWorker({
    db: database.db,
    url: database.url,
    logger: recordingLogger(),
    cardGateway: testApi.deps.cardGateway,
    feed: testApi.deps.feed,
    refunds: {
      retryLimit: refunds.retryLimit ?? 8,
      retryDelaySeconds: 1,
      retryBackoff: false,
      pollingIntervalSeconds: 0.5,
      batchSize: refunds.batchSize ?? 10,
    },
  });
  workers.push(started);
  return started;
}

/** A showtime tomorrow with `count` one-seat bookings, each paid by card through the gateway. */
async function paidShowtime(count: number, slug = 'bioskop') {
  const { api: admin } = await signedIn(database, testApi, 'admin', `admin-${slug}@reserva.test`);
  const { venue, layout } = await cinemaWithHall(database, admin, { slug, rows: Math.ceil(count / 10) });
  const event = await scheduleShowtime(admin, {
    venueId: venue.id,
    layoutId: layout.id,
    timeZone: venue.timeZone,
  });
  const bookings = [];
  for (const seat of layout.seats.slice(0, count)) {
    bookings.push(
      await insertSeatBooking(database, {
        venueId: venue.id,
        eventId: event.id,
        start: new Date(event.startsAt),
        end: new Date(event.endsAt),
        seatIds: [seat.id],
        status: 'CONFIRMED',
        paid: { provider: 'card', amountMinor: 50_000 },
      }),
    );
  }
  return { admin, event, bookings };
}

const paymentRows = (eventId: string) =>
  database.db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select([
      'payments.id',
      'payments.status',
      'payments.provider_ref as chargeRef',
      'payments.refund_ref as refundRef',
      'payments.refund_attempts as attempts',
      'payments.refund_error as error',
      'bookings.status as bookingStatus',
      'bookings.payment_status as bookingPayment',
    ])
    .where('bookings.event_id', '=', eventId)
    .execute();

const ledgerRefunds = () =>
  database.db
    .selectFrom('gateway_ledger')
    .select([
      'reference',
      'charge_reference as chargeRef',
      'idempotency_key as key',
      'outcome',
      'amount_minor as amount',
    ])
    .where('kind', '=', 'refund')
    .execute();

describe('refunds after an event is cancelled', () => {
  it('refunds 50 paid bookings exactly once each, while the gateway fails 30% of calls and the worker is stopped and replaced midway', async () => {
    const { admin, event, bookings } = await paidShowtime(50);
    // A slow first worker (two jobs a poll), so it is still busy when it is stopped.
    const first = await worker({ batchSize: 2 });

    const cancelled = await admin.admin.events.cancel({ id: event.id, reason: 'Proyektor rusak' });
    expect(cancelled).toMatchObject({
      cancelledBookings: 50,
      releasedHolds: 0,
      seatsFreed: 50,
      refundsQueued: 50,
    });

    // Progress always adds up, and the refunded count never goes down.
    const seen: { total: number; refunded: number; pending: number; failed: number }[] = [];
    const progress = async () => {
      const { total, refunded, pending, failed } = await admin.admin.events.refundProgress({
        eventId: event.id,
      });
      seen.push({ total, refunded, pending, failed });
      return { total, refunded, pending, failed };
    };
    expect(await progress()).toMatchObject({ total: 50, refunded: 0 });

    await eventually(async () => (await progress()).refunded >= 10);
    await first.stop();
    const atStop = await progress();
    expect(atStop.refunded).toBeLessThan(50);

    // Nothing moves while no worker runs.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await progress()).refunded).toBe(atStop.refunded);

    await worker();
    await eventually(async () => (await progress()).refunded === 50, 60_000, 200);

    for (const step of seen) expect(step.refunded + step.pending + step.failed).toBe(step.total);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.refunded).toBeGreaterThanOrEqual(seen[i - 1]!.refunded);
    expect(await progress()).toEqual({ total: 50, refunded: 50, pending: 0, failed: 0 });

    const payments = await paymentRows(event.id);
    expect(payments).toHaveLength(50);
    for (const payment of payments) {
      expect(payment).toMatchObject({
        status: 'REFUNDED',
        bookingStatus: 'CANCELLED',
        bookingPayment: 'REFUNDED',
        error: null,
      });
      expect(payment.attempts).toBeGreaterThanOrEqual(1);
    }

    // What the gateway saw: one successful refund per charge, each under the payment's own key,
    // and the reference we stored is the gateway's.
    const refunds = await ledgerRefunds();
    expect(refunds).toHaveLength(50);
    expect(new Set(refunds.map((r) => r.chargeRef))).toEqual(new Set(bookings.map((b) => b.chargeRef)));
    const byCharge = new Map(refunds.map((r) => [r.chargeRef, r]));
    for (const payment of payments) {
      const refund = byCharge.get(payment.chargeRef)!;
      expect(refund).toMatchObject({ key: `cancel:${payment.id}`, outcome: 'succeeded', amount: 50_000 });
      expect(payment.refundRef).toBe(refund.reference);
    }
    // The failures really happened: some payments took more than one attempt.
    expect(payments.some((p) => p.attempts > 1)).toBe(true);

    // The booking's history tells the story once.
    const notes = await database.db
      .selectFrom('booking_history')
      .select('note')
      .where('booking_id', '=', bookings[0]!.id)
      .orderBy('id')
      .execute();
    expect(notes.map((n) => n.note)).toEqual([
      null,
      'VENUE_CANCELLED: Proyektor rusak',
      'refund of IDR 50000 queued',
      expect.stringMatching(/^refund of IDR 50000 done \(re_/),
    ]);
  }, 120_000);

  it('a refund that keeps failing ends REFUND_FAILED, visible; retryRefunds queues it again and it is refunded once the gateway is back', async () => {
    const { admin, event, bookings } = await paidShowtime(2, 'bioskop-dua');
    await worker({ retryLimit: 2 });
    gateway.state = 'down';
    await admin.admin.events.cancel({ id: event.id, reason: 'Banjir' });
    await eventually(
      async () => (await admin.admin.events.refundProgress({ eventId: event.id })).failed === 2,
    );
    const failed = await admin.admin.events.refundProgress({ eventId: event.id });
    expect(failed).toMatchObject({
      total: 2,
      refunded: 0,
      pending: 0,
      failed: 2,
      totalMinor: 100_000,
      refundedMinor: 0,
    });
    expect(failed.failures).toHaveLength(2);
    for (const failure of failed.failures) {
      // The first try and both retries.
      expect(failure).toMatchObject({
        attempts: 3,
        error: 'The payment gateway did not answer; try again',
        amountMinor: 50_000,
      });
      expect(bookings.map((b) => b.code)).toContain(failure.bookingCode);
    }
    expect((await paymentRows(event.id)).map((p) => p.bookingPayment)).toEqual([
      'REFUND_FAILED',
      'REFUND_FAILED',
    ]);
    expect(await ledgerRefunds()).toEqual([]);

    gateway.state = 'recovered';
    expect(await admin.admin.events.retryRefunds({ eventId: event.id })).toEqual({
      eventId: event.id,
      requeued: 2,
    });
    // Already queued: a second click finds nothing to queue.
    expect(await admin.admin.events.retryRefunds({ eventId: event.id })).toEqual({
      eventId: event.id,
      requeued: 0,
    });
    await eventually(
      async () => (await admin.admin.events.refundProgress({ eventId: event.id })).refunded === 2,
    );
    expect(await admin.admin.events.refundProgress({ eventId: event.id })).toMatchObject({
      total: 2,
      refunded: 2,
      pending: 0,
      failed: 0,
      refundedMinor: 100_000,
      failures: [],
    });
    expect((await paymentRows(event.id)).map((p) => [p.status, p.bookingPayment, p.error])).toEqual([
      ['REFUNDED', 'REFUNDED', null],
      ['REFUNDED', 'REFUNDED', null],
    ]);
    expect(await ledgerRefunds()).toHaveLength(2);

    // pg-boss kept one job per payment per round, named by the payment.
    const paymentIds = bookings.map((b) => b.paymentId!);
    const { rows } = await sql<{ key: string; n: number }>`
      SELECT singleton_key AS key, count(*)::int AS n FROM pgboss.job
      WHERE name = 'refund-payment' AND singleton_key IN (${sql.join(paymentIds)}) GROUP BY 1
    `.execute(database.db);
    expect(rows.map((r) => r.n)).toEqual([2, 2]);
  }, 60_000);
});
