import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, insertSeatBooking } from '../../routers/admin/events/fixtures.js';
import { insertEvent, insertSeatVenue } from '../../routers/holds/fixtures.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { createTestApi } from '../../testing.js';
import { ensureJobQueues } from '../../worker/index.js';
import { startTestProcess } from './test-processes.js';

/**
 * 200 paid single bookings cancelled one by one, refunded by a worker process whose gateway fails
 * 30% of calls and which is killed with SIGKILL twice mid-run: every refund ends done exactly once
 * (the gateway's ledger and our payments agree) or visibly REFUND_FAILED.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
const started: { kill(): Promise<unknown> }[] = [];
afterAll(async () => {
  for (const running of started) await running.kill();
  await testApi.close();
});

async function startWorkerProcess() {
  const worker = await startTestProcess(
    'refund-worker.mjs',
    { url: database.url, gatewayFailureRate: 0.3 },
    (output) => output.includes('ready'),
    30_000,
  );
  started.push(worker);
  return { kill: async () => expect(await worker.kill()).toBe('SIGKILL') };
}

const counts = async () => {
  const { rows } = await sql<{ done: number; waiting: number; failed: number }>`
    SELECT count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS done,
           count(*) FILTER (WHERE status = 'PENDING')::int AS waiting,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed
    FROM refunds
  `.execute(database.db);
  return rows[0]!;
};

describe('refunds under faults', () => {
  it('200 cancellations, a 30% flaky gateway, the worker process SIGKILLed twice: each refund once, or REFUND_FAILED', async () => {
    // Queues with retries in seconds, before any refund is queued (pg-boss copies them into each job).
    await ensureJobQueues({
      db: database.db,
      url: database.url,
      refunds: { retryLimit: 8, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 5 },
    });
    const { venueId, layoutId, seats } = await insertSeatVenue(database, {
      slug: 'bioskop-rusuh',
      rows: 10,
      cols: 20,
    });
    const eventId = await insertEvent(database, { venueId, layoutId, startsInHours: 72 });
    const start = new Date(Date.now() + 72 * 3_600_000);
    const bookings = [];
    for (const seatId of Object.values(seats)) {
      bookings.push(
        await insertSeatBooking(database, {
          venueId,
          eventId,
          start,
          end: new Date(start.getTime() + 2 * 3_600_000),
          seatIds: [seatId],
          status: 'CONFIRMED',
          paid: { provider: 'card', amountMinor: 50_000 },
        }),
      );
    }
    expect(bookings).toHaveLength(200);

    let worker = await startWorkerProcess();
    const { api: staff } = await signedIn(database, testApi, 'staff', 'rusuh@reserva.test');
    for (let i = 0; i < bookings.length; i += 10) {
      await Promise.all(
        bookings.slice(i, i + 10).map((booking, j) =>
          staff.staff.bookings.cancel({
            id: booking.id,
            reasonCode: (i + j) % 2 === 0 ? 'CUSTOMER_REQUEST' : 'VENUE_CLOSED',
            description: 'cancelled by phone',
          }),
        ),
      );
    }
    expect((await counts()).done + (await counts()).waiting).toBe(200);

    await eventually(async () => (await counts()).done >= 40, 60_000, 50);
    await worker.kill();
    worker = await startWorkerProcess();
    await eventually(async () => (await counts()).done >= 120, 90_000, 50);
    await worker.kill();
    expect((await counts()).waiting).toBeGreaterThan(0);
    worker = await startWorkerProcess();
    await eventually(async () => (await counts()).waiting === 0, 150_000, 250);
    await worker.kill();

    const { rows } = await sql<{
      refundStatus: string;
      payment: string;
      booking: string;
      recorded: number;
      ledgerRefunds: number;
      ledgerAmount: number;
      attempts: number;
    }>`
      SELECT r.status AS "refundStatus", p.status AS payment, b.payment_status AS booking,
        p.refunded_minor::int AS recorded, r.attempts,
        (SELECT count(*) FROM gateway_ledger l WHERE l.charge_reference = p.provider_ref AND l.kind = 'refund')::int AS "ledgerRefunds",
        coalesce((SELECT sum(amount_minor) FROM gateway_ledger l WHERE l.charge_reference = p.provider_ref AND l.kind = 'refund'), 0)::int AS "ledgerAmount"
      FROM refunds r JOIN payments p ON p.id = r.payment_id JOIN bookings b ON b.id = r.booking_id
    `.execute(database.db);
    expect(rows).toHaveLength(200);
    for (const row of rows) {
      if (row.refundStatus === 'SUCCEEDED') {
        expect(row).toMatchObject({
          payment: 'REFUNDED',
          booking: 'REFUNDED',
          recorded: 50_000,
          ledgerRefunds: 1,
          ledgerAmount: 50_000,
        });
      } else {
        expect(row).toMatchObject({
          refundStatus: 'FAILED',
          payment: 'REFUND_FAILED',
          booking: 'REFUND_FAILED',
        });
      }
    }
    // The faults really happened: refunds that took more than one attempt.
    expect(rows.some((row) => row.attempts > 1)).toBe(true);
    const all = await counts();
    expect(all.done + all.failed).toBe(200);
  }, 300_000);
});
