import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../../routers/admin/events/fixtures.js';
import { insertEvent, insertSeatVenue } from '../../routers/holds/fixtures.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { createTestApi } from '../../testing.js';
import { ensureJobQueues, type Worker } from '../../worker/index.js';
import { startQuickWorker, startTestProcess } from './test-processes.js';

/**
 * A charge is never lost: a server process that charged 50 cards and was killed with SIGKILL before
 * recording any of them leaves 50 PENDING payments; the worker's reconciler asks the gateway about
 * each by its key and completes the booking whose seats are still held, or refunds the charge whose
 * showtime was cancelled meanwhile. None ends FAILED, and the ledger and the payments agree.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
const workers: Worker[] = [];
afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await testApi.close();
});

/** Starts the checkout process on `holdTokens` and SIGKILLs it once every charge has landed. */
async function chargeThenKill(holdTokens: string[]) {
  const server = await startTestProcess(
    'checkout-then-hang.mjs',
    { url: database.url, holdTokens },
    (output) => output.filter((line) => line === 'charged succeeded').length === holdTokens.length,
  );
  expect(await server.kill()).toBe('SIGKILL');
}

describe('a server killed between the charge and the commit', () => {
  it('50 checkouts: every charge ends as a completed booking or a refund, none FAILED', async () => {
    const { venueId, layoutId, seats } = await insertSeatVenue(database, {
      slug: 'bioskop-mati',
      rows: 5,
      cols: 10,
    });
    const kept = await insertEvent(database, { venueId, layoutId, startsInHours: 24, title: 'Tetap' });
    const cancelled = await insertEvent(database, { venueId, layoutId, startsInHours: 48, title: 'Batal' });
    const labels = Object.keys(seats);
    const holds: { token: string; id: string; eventId: string }[] = [];
    for (const [i, label] of labels.entries()) {
      const eventId = i < 30 ? kept : cancelled;
      const hold = await testApi.client().api.holds.create({ eventId, seatIds: [seats[label]!] });
      holds.push({ token: hold.holdToken, id: hold.holdId, eventId });
    }
    expect(holds).toHaveLength(50);

    // Two runs of the server, each killed with every charge made and nothing recorded.
    await chargeThenKill(holds.slice(0, 25).map((h) => h.token));
    await chargeThenKill(holds.slice(25).map((h) => h.token));
    const pending = await database.db.selectFrom('payments').select('status').execute();
    expect(pending).toHaveLength(50);
    expect(new Set(pending.map((p) => p.status))).toEqual(new Set(['PENDING']));
    const charges = await database.db
      .selectFrom('gateway_ledger')
      .select('idempotency_key')
      .where('kind', '=', 'charge')
      .execute();
    expect(charges).toHaveLength(50);

    // Meanwhile one showtime is cancelled: its held seats are gone, so their charges must go back.
    await ensureJobQueues({ db: database.db, url: database.url });
    const { api: admin } = await signedIn(database, testApi, 'admin', 'admin-mati@reserva.test');
    await admin.admin.events.cancel({ id: cancelled, reason: 'Proyektor rusak' });

    // The process comes back: its worker reconciles PENDING payments older than a second.
    workers.push(
      await startQuickWorker(database, testApi, { reconcile: { intervalMs: 300, olderThanSeconds: 1 } }),
    );
    await eventually(async () => {
      const { rows } = await sql<{ n: number }>`
        SELECT (SELECT count(*) FROM payments WHERE status IN ('PENDING', 'REFUND_PENDING'))::int AS n
      `.execute(database.db);
      return rows[0]!.n === 0;
    }, 60_000);

    const { rows } = await sql<{
      eventId: string;
      status: string;
      paymentStatus: string;
      payment: string;
      charged: number;
      refunded: number;
      recorded: number;
    }>`
      SELECT b.event_id AS "eventId", b.status, b.payment_status AS "paymentStatus", p.status AS payment,
        (SELECT sum(amount_minor) FROM gateway_ledger WHERE reference = p.provider_ref AND kind = 'charge')::int AS charged,
        coalesce((SELECT sum(amount_minor) FROM gateway_ledger WHERE charge_reference = p.provider_ref AND kind = 'refund'), 0)::int AS refunded,
        p.refunded_minor::int AS recorded
      FROM payments p JOIN bookings b ON b.id = p.booking_id
    `.execute(database.db);
    expect(rows).toHaveLength(50);
    for (const row of rows) {
      expect(row.charged).toBe(50_000);
      expect(row.refunded).toBe(row.recorded);
      if (row.eventId === kept) {
        expect(row).toMatchObject({
          status: 'CONFIRMED',
          paymentStatus: 'PAID',
          payment: 'SUCCEEDED',
          refunded: 0,
        });
      } else {
        expect(row).toMatchObject({
          status: 'CANCELLED',
          paymentStatus: 'REFUNDED',
          payment: 'REFUNDED',
          refunded: 50_000,
        });
      }
    }
    // Every charge the gateway made is one of these payments.
    const { rows: orphans } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM gateway_ledger l WHERE l.kind = 'charge'
        AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.provider_ref = l.reference)
    `.execute(database.db);
    expect(orphans[0]!.n).toBe(0);
  }, 180_000);
});
