import type { Db } from '@reserva/db';
import { sql } from 'kysely';

/** Bookings whose money is on its way back, back, or stuck: refunds queued, done and failed. */
export async function countRefundsByState(db: Db): Promise<Record<'queued' | 'done' | 'failed', number>> {
  const { rows } = await sql<{ queued: number; done: number; failed: number }>`
    SELECT count(*) FILTER (WHERE payment_status = 'REFUND_PENDING')::int AS queued,
      count(*) FILTER (WHERE payment_status = 'REFUNDED')::int AS done,
      count(*) FILTER (WHERE payment_status = 'REFUND_FAILED')::int AS failed
    FROM bookings WHERE payment_status IN ('REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED')`.execute(db);
  return rows[0]!;
}

/** Probe changes are deleted once heard, so they never pile up in the feed. */
export const deleteProbeChanges = (db: Db, topic: string) =>
  db.deleteFrom('change_feed').where('topic', '=', topic).execute();
