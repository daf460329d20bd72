import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../../../payments/simulated-card-gateway.js';
import { insertResources, insertVenue, localAt } from '../../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../../testing.js';
import { startWorker, type Worker } from '../../../worker/index.js';
import { eventually, recordingLogger } from '../../admin/events/fixtures.js';
import { signedIn } from '../fixtures.js';

const database = await useTestDatabase();
/** The gateway answers nothing while down, everything once back. */
const gateway = { down: true };
const testApi = createTestApi(database, {
  gateway: { transientFailureRate: 1, random: () => (gateway.down ? 0 : 1) },
});
let worker: Worker | null = null;
afterAll(async () => {
  await worker?.stop();
  await testApi.close();
});

const refundsOf = (bookingId: string) =>
  database.db
    .selectFrom('refunds')
    .select(['status', 'amount_minor as amount'])
    .where('booking_id', '=', bookingId)
    .execute();

describe('staff.payments.retryRefund', () => {
  it('queues a restaurant booking’s failed refund again, once; the refund is then done', async () => {
    const venue = await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung-ulang',
      settings: { depositPerGuestMinor: 50_000, autoConfirm: true },
    });
    await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const { api: customer } = await signedIn(database, testApi, 'customer', 'ulang@reserva.test');
    const { api: staff } = await signedIn(database, testApi, 'staff', 'ulang-staf@reserva.test');
    const booking = await customer.bookings.create({
      venueId: venue.id,
      start: localAt('Asia/Jakarta', 3, '12:00').toISOString(),
      partySize: 2,
      contact: { name: 'Dewi', phone: '+62 811 2000 3000' },
    });
    gateway.down = false;
    await customer.payments.pay({
      bookingId: booking.id,
      card: { number: TEST_CARDS.succeeds },
      idempotencyKey: 'ulang-pay-1',
    });
    gateway.down = true;
    worker = await startWorker({
      db: database.db,
      url: database.url,
      logger: recordingLogger(),
      cardGateway: testApi.deps.cardGateway,
      feed: testApi.deps.feed,
      refunds: { retryLimit: 1, retryDelaySeconds: 1, retryBackoff: false, pollingIntervalSeconds: 0.5 },
    });
    await staff.staff.payments.refund({
      bookingId: booking.id,
      amountMinor: 30_000,
      reason: 'Meja kotor',
      idempotencyKey: 'ulang-refund-1',
    });
    await eventually(async () => (await refundsOf(booking.id))[0]?.status === 'FAILED', 30_000);
    expect((await staff.bookings.get({ id: booking.id })).paymentStatus).toBe('REFUND_FAILED');

    // A customer may not; staff may, and a second click finds nothing left to queue.
    expect(await rejectionOf(customer.staff.payments.retryRefund({ bookingId: booking.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    gateway.down = false;
    expect(await staff.staff.payments.retryRefund({ bookingId: booking.id })).toEqual({
      bookingId: booking.id,
      requeued: 1,
    });
    expect(await staff.staff.payments.retryRefund({ bookingId: booking.id })).toEqual({
      bookingId: booking.id,
      requeued: 0,
    });
    await eventually(async () => (await refundsOf(booking.id))[0]?.status === 'SUCCEEDED', 30_000);
    expect(await refundsOf(booking.id)).toEqual([{ status: 'SUCCEEDED', amount: 30_000 }]);
    const timeline = await staff.payments.timeline({ bookingId: booking.id });
    expect(timeline).toMatchObject({
      paymentStatus: 'PARTIALLY_REFUNDED',
      paidMinor: 100_000,
      refundedMinor: 30_000,
      refundPendingMinor: 0,
    });
  }, 90_000);
});
