import { type Kysely, sql } from 'kysely';

/**
 * The order ids sent to Midtrans. Midtrans allows at most 50 characters of `[A-Za-z0-9-_.~]` in an
 * order id, and our payments' idempotency keys are longer and carry colons, so each key is sent
 * as a digest of itself; this table turns the digest Midtrans names in a payment notification
 * back into the payment's key. A row is written before the charge is sent, so a notification
 * never names an order we cannot find.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE midtrans_orders (
      order_id text PRIMARY KEY,
      idempotency_key text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE midtrans_orders`.execute(db);
}
