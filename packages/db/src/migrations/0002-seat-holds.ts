import { type Kysely, sql } from 'kysely';

/**
 * Seat holds, payments and refunds. A hold is a booking in status HELD whose items hold the seats
 * for the event's period; the exclusion constraint of 0001 already keeps a seat in one active
 * booking. The simulated card gateway keeps its own ledger, so "charged once, refunded once" can be
 * checked against what the gateway saw, not what we believe we sent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX bookings_held_expiry_idx ON bookings (hold_expires_at) WHERE status = 'HELD';

    ALTER TABLE events ADD COLUMN cancelled_at timestamptz;
    ALTER TABLE events ADD COLUMN cancel_reason text;

    ALTER TABLE payments ADD COLUMN refund_error text;
    ALTER TABLE payments ADD COLUMN refunded_at timestamptz;
    CREATE INDEX payments_status_idx ON payments (status) WHERE status IN ('REFUND_PENDING', 'REFUND_FAILED');

    CREATE TABLE gateway_ledger (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('charge', 'refund')),
      idempotency_key text NOT NULL UNIQUE,
      reference text NOT NULL UNIQUE,
      charge_reference text,
      amount_minor bigint NOT NULL CHECK (amount_minor >= 0),
      currency char(3) NOT NULL,
      card_last4 text,
      outcome text NOT NULL CHECK (outcome IN ('succeeded', 'declined')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    -- A charge is refunded at most once, whatever idempotency key a retry uses.
    CREATE UNIQUE INDEX gateway_ledger_one_refund_idx ON gateway_ledger (charge_reference)
      WHERE kind = 'refund' AND outcome = 'succeeded';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS gateway_ledger;
    DROP INDEX IF EXISTS payments_status_idx;
    ALTER TABLE payments DROP COLUMN IF EXISTS refunded_at, DROP COLUMN IF EXISTS refund_error;
    ALTER TABLE events DROP COLUMN IF EXISTS cancel_reason, DROP COLUMN IF EXISTS cancelled_at;
    DROP INDEX IF EXISTS bookings_held_expiry_idx;
  `.execute(db);
}
