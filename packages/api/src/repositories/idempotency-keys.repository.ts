import type { Db } from '@reserva/db';
import { sql } from 'kysely';
import type { Executor } from './bookings.repository.js';

export interface IdempotencyClaim {
  scope: string;
  keyHash: Buffer;
  procedure: string;
  requestHash: Buffer;
}

/**
 * Takes the key for this transaction: true when it was free. A concurrent request under the same
 * key waits here on the unique index until the first one commits (then finds its answer) or rolls
 * back (then takes the key itself).
 */
export async function claimIdempotencyKey(trx: Executor, claim: IdempotencyClaim): Promise<boolean> {
  const { rows } = await sql`
    INSERT INTO idempotency_keys (scope, key_hash, procedure, request_hash)
    VALUES (${claim.scope}, ${claim.keyHash}, ${claim.procedure}, ${claim.requestHash})
    ON CONFLICT DO NOTHING
    RETURNING 1`.execute(trx);
  return rows.length === 1;
}

export const findIdempotencyKey = (trx: Executor, scope: string, keyHash: Buffer) =>
  trx
    .selectFrom('idempotency_keys')
    .select(['procedure', 'request_hash as requestHash', 'response'])
    .where('scope', '=', scope)
    .where('key_hash', '=', keyHash)
    .executeTakeFirstOrThrow();

export const saveIdempotentResponse = (trx: Executor, scope: string, keyHash: Buffer, response: Buffer) =>
  trx
    .updateTable('idempotency_keys')
    .set({ response })
    .where('scope', '=', scope)
    .where('key_hash', '=', keyHash)
    .execute();

/** Forgets keys older than `before`; a retry after that is a new request. */
export async function pruneIdempotencyKeys(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
