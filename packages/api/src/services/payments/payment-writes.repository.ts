import { sql } from 'kysely';
import type { Executor } from '../../repositories/bookings.repository.js';

/**
 * Whether the current transaction wrote this payment's row (the row's `xmin` is our transaction
 * id): how a settle that may have found the work already done tells which of two concurrent
 * callers did it.
 */
export async function paymentWrittenHere(trx: Executor, paymentId: string): Promise<boolean> {
  const { rows } = await sql<{ mine: boolean | null }>`
    SELECT xmin::text = (pg_current_xact_id_if_assigned()::text::bigint % 4294967296)::text AS mine
    FROM payments WHERE id = ${paymentId}
  `.execute(trx);
  return rows[0]?.mine === true;
}
