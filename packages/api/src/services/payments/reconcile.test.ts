import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createSimulatedCardGateway, TEST_CARDS } from '../../payments/simulated-card-gateway.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi } from '../../testing.js';
import { ensureJobQueues } from '../../worker/index.js';
import { SYSTEM } from '../actor.js';
import { giveUpRefund, refundPayment } from '../refunds/refund-payment.js';
import { reconcilePendingPayments } from './reconcile-payments.js';
import { settleCharge } from './settle-charge.js';

/**
 * The reconciler on time-slot bookings, one case at a time: it asks the gateway by key and settles
 * each PENDING card payment the way a live payment would have been settled.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());
const gateway = testApi.deps.cardGateway;

let venueId: string;
beforeEach(async () => {
  await ensureJobQueues({ db: database.db, url: database.url });
  venueId = (
    await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung-rekon',
      settings: { depositPerGuestMinor: 50_000, autoConfirm: true },
    })
  ).id;
  await insertResources(
    database,
    venueId,
    'table',
    Array.from({ length: 5 }, (_, i) => ({ label: `T${i + 1}`, capacity: 4 })),
  );
});

/** A booking whose card payment was started (PENDING, a minute ago) by a process that then died. */
async function startedPayment(key: string, charge: 'charged' | 'declined' | 'never') {
  const booking = await testApi.client().api.bookings.create({
    venueId,
    start: localAt('Asia/Jakarta', 3, '12:00').toISOString(),
    partySize: 2,
    contact: { name: 'Dewi', phone: '+62 811 2000 3000' },
  });
  await database.db
    .insertInto('payments')
    .values({
      booking_id: booking.id,
      provider: 'card',
      status: 'PENDING',
      amount_minor: 100_000,
      currency: 'IDR',
      idempotency_key: key,
      created_at: new Date(Date.now() - 90_000),
    })
    .execute();
  if (charge !== 'never') {
    await gateway.charge({
      amountMinor: 100_000,
      currency: 'IDR',
      card: { number: charge === 'charged' ? TEST_CARDS.succeeds : TEST_CARDS.declined },
      idempotencyKey: key,
    });
  }
  return booking;
}

const stateOf = (bookingId: string) =>
  database.db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select([
      'payments.id',
      'payments.status',
      'payments.failure_reason as reason',
      'bookings.payment_status as booking',
      'bookings.status as bookingStatus',
    ])
    .where('payments.booking_id', '=', bookingId)
    .executeTakeFirstOrThrow();

describe('reconcilePendingPayments', () => {
  it('completes a landed charge, refunds one whose booking ended, fails only what was never charged or declined', async () => {
    const landed = await startedPayment('rekon-landed-1', 'charged');
    const ended = await startedPayment('rekon-ended-1', 'charged');
    const never = await startedPayment('rekon-never-1', 'never');
    const declined = await startedPayment('rekon-declined-1', 'declined');
    const young = await startedPayment('rekon-young-1', 'charged');
    await sql`UPDATE payments SET created_at = now() WHERE booking_id = ${young.id}`.execute(database.db);
    const { api: staff } = await signedIn(database, testApi, 'staff', 'rekon@reserva.test');
    await staff.staff.bookings.cancel({
      id: ended.id,
      reasonCode: 'CUSTOMER_REQUEST',
      description: 'changed plans',
    });

    const down = createSimulatedCardGateway(database.db, { transientFailureRate: 1 });
    expect(
      await reconcilePendingPayments({ db: database.db, feed: testApi.deps.feed, cardGateway: down }),
    ).toEqual({ checked: 4, charged: 0, failed: 0, unanswered: 4 });

    expect(
      await reconcilePendingPayments({ db: database.db, feed: testApi.deps.feed, cardGateway: gateway }),
    ).toEqual({ checked: 4, charged: 2, failed: 2, unanswered: 0 });
    expect(await stateOf(landed.id)).toMatchObject({
      status: 'SUCCEEDED',
      booking: 'PAID',
      bookingStatus: 'CONFIRMED',
    });
    const refunding = await stateOf(ended.id);
    expect(refunding).toMatchObject({
      status: 'REFUND_PENDING',
      booking: 'REFUND_PENDING',
      bookingStatus: 'CANCELLED',
    });
    expect(await stateOf(never.id)).toMatchObject({ status: 'FAILED', booking: 'UNPAID' });
    expect(await stateOf(declined.id)).toMatchObject({ status: 'FAILED', reason: 'The card was declined' });
    // Younger than the age asked for: left to its own request.
    expect(await stateOf(young.id)).toMatchObject({ status: 'PENDING' });

    // The late charge goes back in full, once.
    expect(await refundPayment({ db: database.db, cardGateway: gateway, paymentId: refunding.id })).toBe(
      'refunded',
    );
    expect(await stateOf(ended.id)).toMatchObject({ status: 'REFUNDED', booking: 'REFUNDED' });
    const refunds = await database.db
      .selectFrom('gateway_ledger')
      .select('amount_minor')
      .where('kind', '=', 'refund')
      .execute();
    expect(refunds).toEqual([{ amount_minor: 100_000 }]);
    // A second round finds nothing to do.
    expect(
      await reconcilePendingPayments({
        db: database.db,
        feed: testApi.deps.feed,
        cardGateway: gateway,
        olderThanSeconds: 0,
      }),
    ).toMatchObject({ checked: 1, charged: 1 });
  });

  it('a charge that lands after the reconciler gave up on it is refunded, never left FAILED', async () => {
    const booking = await startedPayment('rekon-slow-1', 'never');
    await reconcilePendingPayments({ db: database.db, feed: testApi.deps.feed, cardGateway: gateway });
    expect(await stateOf(booking.id)).toMatchObject({ status: 'FAILED' });
    // The original request was only slow: its charge lands now, and it settles what it got.
    const charge = await gateway.charge({
      amountMinor: 100_000,
      currency: 'IDR',
      card: { number: TEST_CARDS.succeeds },
      idempotencyKey: 'rekon-slow-1',
    });
    if (charge.outcome !== 'succeeded') throw new Error('the test card should succeed');
    const payment = await stateOf(booking.id);
    const settled = await database.db.transaction().execute((trx) =>
      settleCharge(trx, testApi.deps.feed, { id: payment.id, bookingId: booking.id }, charge, {
        ...SYSTEM,
        payerId: null,
      }),
    );
    expect(settled.status).toBe('REFUND_PENDING');
    expect(await refundPayment({ db: database.db, cardGateway: gateway, paymentId: payment.id })).toBe(
      'refunded',
    );
    expect(await stateOf(booking.id)).toMatchObject({ status: 'REFUNDED', booking: 'REFUNDED' });
  });
});

describe('staff.payments.retryRefund', () => {
  it('queues a booking’s failed refund again; a second call finds nothing', async () => {
    const booking = await startedPayment('rekon-retry-1', 'charged');
    await reconcilePendingPayments({ db: database.db, feed: testApi.deps.feed, cardGateway: gateway });
    const { api: staff } = await signedIn(database, testApi, 'staff', 'retry@reserva.test');
    await staff.staff.bookings.cancel({ id: booking.id, reasonCode: 'VENUE_CLOSED', description: 'closed' });
    const payment = await stateOf(booking.id);
    expect(await giveUpRefund({ db: database.db, paymentId: payment.id })).toBe(true);
    expect(await stateOf(booking.id)).toMatchObject({ status: 'REFUND_FAILED', booking: 'REFUND_FAILED' });
    expect(await staff.staff.payments.retryRefund({ bookingId: booking.id })).toEqual({
      bookingId: booking.id,
      requeued: 1,
    });
    expect(await staff.staff.payments.retryRefund({ bookingId: booking.id })).toEqual({
      bookingId: booking.id,
      requeued: 0,
    });
    expect(await stateOf(booking.id)).toMatchObject({ status: 'REFUND_PENDING', booking: 'REFUND_PENDING' });
    expect(await refundPayment({ db: database.db, cardGateway: gateway, paymentId: payment.id })).toBe(
      'refunded',
    );
    expect(await stateOf(booking.id)).toMatchObject({ status: 'REFUNDED', booking: 'REFUNDED' });
  });
});
