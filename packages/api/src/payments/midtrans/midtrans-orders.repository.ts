import { createHash } from 'node:crypto';
import type { Db } from '@reserva/db';

/**
 * The order id Midtrans knows a payment by: a digest of its idempotency key, since an order id is
 * at most 50 characters of `[A-Za-z0-9-_.~]` (migration 0011 says more).
 */
export const orderIdOf = (idempotencyKey: string) =>
  `rsv-${createHash('sha256').update(idempotencyKey).digest('base64url')}`;

/** Remembers the order id of a key before Midtrans first hears of it. */
export async function rememberOrder(db: Db, idempotencyKey: string): Promise<string> {
  const orderId = orderIdOf(idempotencyKey);
  await db
    .insertInto('midtrans_orders')
    .values({ order_id: orderId, idempotency_key: idempotencyKey })
    .onConflict((oc) => oc.column('order_id').doNothing())
    .execute();
  return orderId;
}

export const orderWasSent = async (db: Db, idempotencyKey: string) =>
  (await db
    .selectFrom('midtrans_orders')
    .select('order_id')
    .where('order_id', '=', orderIdOf(idempotencyKey))
    .executeTakeFirst()) !== undefined;

/** The idempotency key of the payment an order id stands for; undefined for an order not ours. */
export const keyOfOrder = async (db: Db, orderId: string) =>
  (
    await db
      .selectFrom('midtrans_orders')
      .select('idempotency_key')
      .where('order_id', '=', orderId)
      .executeTakeFirst()
  )?.idempotency_key;
