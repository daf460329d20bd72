import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../../payments/simulated-card-gateway.js';
import { eventually } from '../../routers/admin/events/fixtures.js';
import { insertEvent, insertSeatVenue } from '../../routers/holds/fixtures.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi } from '../../testing.js';
import type { Worker } from '../../worker/index.js';
import { startQuickWorker } from './test-processes.js';

/**
 * Races on money, for real (simultaneous calls on one database): whatever wins, nothing is refunded
 * twice, nothing more than was charged, and no payment is left PENDING.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
let worker: Worker;
beforeAll(async () => {
  worker = await startQuickWorker(database, testApi);
});
afterAll(async () => {
  await worker.stop();
  await testApi.close();
});

const card = { number: TEST_CARDS.succeeds };
const contact = { name: 'Dewi', phone: '+62 811 2000 3000' };

/** Per booking: what the gateway charged and refunded, and the payments' and refunds' own view. */
async function books() {
  const { rows } = await sql<{
    bookingId: string;
    charged: number;
    refunded: number;
    pending: number;
    recordedRefunds: number;
    refundRows: number;
    cancelRefunds: number;
  }>`
    SELECT b.id AS "bookingId",
      coalesce((SELECT sum(l.amount_minor) FROM gateway_ledger l JOIN payments p ON p.provider_ref = l.reference
                WHERE p.booking_id = b.id AND l.kind = 'charge' AND l.outcome = 'succeeded'), 0)::int AS charged,
      coalesce((SELECT sum(l.amount_minor) FROM gateway_ledger l JOIN payments p ON p.provider_ref = l.charge_reference
                WHERE p.booking_id = b.id AND l.kind = 'refund'), 0)::int AS refunded,
      (SELECT count(*) FROM payments p WHERE p.booking_id = b.id AND p.status = 'PENDING')::int AS pending,
      coalesce((SELECT sum(p.refunded_minor) FROM payments p WHERE p.booking_id = b.id), 0)::int AS "recordedRefunds",
      (SELECT count(*) FROM refunds r WHERE r.booking_id = b.id)::int AS "refundRows",
      (SELECT count(*) FROM refunds r WHERE r.booking_id = b.id AND r.cause <> 'manual')::int AS "cancelRefunds"
    FROM bookings b ORDER BY b.created_at
  `.execute(database.db);
  return rows;
}

const noRefundWaiting = async () =>
  (await database.db.selectFrom('refunds').select('id').where('status', '=', 'PENDING').execute()).length ===
  0;

describe('money races', () => {
  it('a cancel racing a payment: either paid-then-refunded or cancelled-then-refunded, never twice, never PENDING', async () => {
    const venue = await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung-balap',
      settings: { depositPerGuestMinor: 50_000, autoConfirm: true, cancelFreeHours: 24 },
    });
    await insertResources(
      database,
      venue.id,
      'table',
      Array.from({ length: 10 }, (_, i) => ({ label: `T${i + 1}`, capacity: 4 })),
    );
    const { api } = await signedIn(database, testApi, 'customer', 'balap@reserva.test');
    const bookings = [];
    for (let i = 0; i < 10; i++) {
      bookings.push(
        await api.bookings.create({
          venueId: venue.id,
          start: localAt('Asia/Jakarta', 4, '12:00').toISOString(),
          partySize: 2,
          contact,
        }),
      );
    }
    await Promise.allSettled(
      bookings.flatMap((booking, i) => [
        api.payments.pay({ bookingId: booking.id, card, idempotencyKey: `race-pay-${i}` }),
        api.bookings.cancel({ id: booking.id }),
      ]),
    );
    await eventually(noRefundWaiting, 30_000);
    const rows = await books();
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      // Cancelled inside the free window: every rupiah charged came back, once.
      expect(row).toMatchObject({ pending: 0, refunded: row.charged, recordedRefunds: row.charged });
      expect(row.refundRows).toBeLessThanOrEqual(1);
    }
    const statuses = await database.db.selectFrom('bookings').select(['status', 'payment_status']).execute();
    for (const status of statuses) expect(status.status).toBe('CANCELLED');
  });

  it('two cancels of one booking (customer and staff at once): one wins, one refund', async () => {
    const venue = await insertVenue(database, {
      kind: 'restaurant',
      slug: 'warung-dua',
      settings: { depositPerGuestMinor: 50_000, autoConfirm: true },
    });
    await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const { api } = await signedIn(database, testApi, 'customer', 'dua@reserva.test');
    const { api: staff } = await signedIn(database, testApi, 'staff', 'dua-staf@reserva.test');
    const booking = await api.bookings.create({
      venueId: venue.id,
      start: localAt('Asia/Jakarta', 4, '12:00').toISOString(),
      partySize: 2,
      contact,
    });
    await api.payments.pay({ bookingId: booking.id, card, idempotencyKey: 'two-cancels-pay' });
    const results = await Promise.allSettled([
      api.bookings.cancel({ id: booking.id }),
      staff.staff.bookings.cancel({ id: booking.id, reasonCode: 'VENUE_CLOSED', description: 'closed' }),
      api.bookings.cancel({ id: booking.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const failed of results.filter((r) => r.status === 'rejected')) {
      expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    }
    await eventually(noRefundWaiting, 20_000);
    const [row] = await books();
    expect(row).toMatchObject({ charged: 100_000, refunded: 100_000, refundRows: 1, pending: 0 });
  });

  it('a manual refund racing an event cancel: together never more than was paid, each refund once', async () => {
    const { venueId, layoutId, seats } = await insertSeatVenue(database, {
      slug: 'bioskop-balap',
      rows: 1,
      cols: 10,
    });
    const eventId = await insertEvent(database, { venueId, layoutId, startsInHours: 48 });
    const { api: admin } = await signedIn(database, testApi, 'admin', 'balap-admin@reserva.test');
    const tickets = [];
    for (const label of ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']) {
      const { api } = testApi.client();
      const hold = await api.holds.create({ eventId, seatIds: [seats[label]!] });
      tickets.push(
        await api.holds.checkout({
          holdToken: hold.holdToken,
          payment: { method: 'card', card },
          idempotencyKey: `ticket-${label}`,
        }),
      );
    }
    const outcomes = await Promise.allSettled([
      admin.admin.events.cancel({ id: eventId, reason: 'Proyektor rusak' }),
      ...tickets.map((ticket, i) =>
        admin.staff.payments.refund({
          bookingId: ticket.id,
          amountMinor: i % 2 === 0 ? 20_000 : 50_000,
          reason: 'sound was bad',
          idempotencyKey: `manual-race-${i}`,
        }),
      ),
    ]);
    expect(outcomes[0]!.status).toBe('fulfilled');
    for (const outcome of outcomes.slice(1)) {
      if (outcome.status === 'rejected')
        expect(outcome.reason).toMatchObject({ code: 'BAD_REQUEST', field: 'amountMinor' });
    }
    await eventually(noRefundWaiting, 30_000);
    const rows = await books();
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      // The event cancel returns whatever the manual refund left: all of it, once, in one or two refunds.
      expect(row).toMatchObject({ charged: 50_000, refunded: 50_000, recordedRefunds: 50_000, pending: 0 });
      expect(row.cancelRefunds).toBeLessThanOrEqual(1);
    }
    const payments = await database.db.selectFrom('payments').select('status').execute();
    expect(new Set(payments.map((p) => p.status))).toEqual(new Set(['REFUNDED']));
  });
});
