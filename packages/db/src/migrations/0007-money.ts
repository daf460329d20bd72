import { type Kysely, sql } from 'kysely';

/**
 * Money for every booking. A payment may now be recorded at the counter (cash, bank transfer,
 * QRIS, with a reference) and be refunded in parts: each refund is a row of its own, queued on the
 * refund worker, so a fee kept and a manual partial refund are real partial refunds. The gateway's
 * ledger holds several refunds per charge, never more than was charged (checked under the charge's
 * row lock in the gateway itself).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE bookings DROP CONSTRAINT bookings_payment_status_check;
    ALTER TABLE bookings ADD CONSTRAINT bookings_payment_status_check CHECK (payment_status IN
      ('UNPAID', 'PAID', 'REFUND_PENDING', 'REFUNDED', 'PARTIALLY_REFUNDED', 'REFUND_FAILED'));

    ALTER TABLE payments DROP CONSTRAINT payments_status_check;
    ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN
      ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUND_PENDING', 'REFUNDED', 'PARTIALLY_REFUNDED', 'REFUND_FAILED'));
    ALTER TABLE payments ADD COLUMN method text NOT NULL DEFAULT 'card'
      CHECK (method IN ('card', 'cash', 'bank_transfer', 'qris', 'offline'));
    UPDATE payments SET method = 'offline' WHERE provider = 'offline';
    ALTER TABLE payments ADD COLUMN reference text;
    ALTER TABLE payments ADD COLUMN refunded_minor bigint NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0);
    ALTER TABLE payments ADD CONSTRAINT payments_refund_within_amount CHECK (refunded_minor <= amount_minor);
    UPDATE payments SET refunded_minor = amount_minor WHERE status = 'REFUNDED';
    -- One payment per booking that counts as paying for it. A charge that landed too late (after
    -- another payment, or after the booking ended) goes straight to REFUND_PENDING beside it.
    DROP INDEX payments_one_success_idx;
    CREATE UNIQUE INDEX payments_one_success_idx ON payments (booking_id)
      WHERE status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED');
    -- The reconciler's scan: card payments still waiting on the gateway.
    CREATE INDEX payments_pending_idx ON payments (created_at) WHERE status = 'PENDING';

    CREATE TABLE refunds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      payment_id uuid NOT NULL REFERENCES payments (id) ON DELETE CASCADE,
      booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      currency char(3) NOT NULL,
      cause text NOT NULL CHECK (cause IN
        ('customer_cancel', 'staff_cancel', 'no_show', 'event_cancel', 'manual', 'late_charge')),
      reason text,
      status text NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
      idempotency_key text NOT NULL UNIQUE,
      requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
      requested_label text NOT NULL,
      provider_ref text,
      attempts integer NOT NULL DEFAULT 0,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      refunded_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX refunds_payment_idx ON refunds (payment_id);
    CREATE INDEX refunds_booking_idx ON refunds (booking_id);
    -- A payment is refunded for a cancellation once, whoever cancels and however often they retry.
    CREATE UNIQUE INDEX refunds_one_cancellation_idx ON refunds (payment_id)
      WHERE cause IN ('customer_cancel', 'staff_cancel', 'no_show', 'event_cancel', 'late_charge');

    -- Refunds already under way keep going: each becomes a row the worker finds by its payment.
    INSERT INTO refunds (payment_id, booking_id, amount_minor, currency, cause, status, idempotency_key,
      requested_label, provider_ref, attempts, error, refunded_at)
    SELECT p.id, p.booking_id, p.amount_minor, p.currency,
      CASE WHEN b.cancel_reason = 'VENUE_CANCELLED' THEN 'event_cancel' ELSE 'late_charge' END,
      CASE p.status WHEN 'REFUNDED' THEN 'SUCCEEDED' WHEN 'REFUND_FAILED' THEN 'FAILED' ELSE 'PENDING' END,
      'refund:' || p.id, 'system', p.refund_ref, p.refund_attempts, p.refund_error, p.refunded_at
    FROM payments p JOIN bookings b ON b.id = p.booking_id
    WHERE p.status IN ('REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED') AND p.amount_minor > 0;

    DROP INDEX gateway_ledger_one_refund_idx;
    CREATE INDEX gateway_ledger_charge_refunds_idx ON gateway_ledger (charge_reference) WHERE kind = 'refund';
  `.execute(db);
}

/** Back to one refund per payment: a partial refund reads as a refund, counter methods as offline. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS gateway_ledger_charge_refunds_idx;
    CREATE UNIQUE INDEX gateway_ledger_one_refund_idx ON gateway_ledger (charge_reference)
      WHERE kind = 'refund' AND outcome = 'succeeded';
    DROP TABLE IF EXISTS refunds;
    DROP INDEX IF EXISTS payments_pending_idx;
    UPDATE payments SET status = 'REFUNDED' WHERE status = 'PARTIALLY_REFUNDED';
    DROP INDEX payments_one_success_idx;
    CREATE UNIQUE INDEX payments_one_success_idx ON payments (booking_id)
      WHERE status IN ('SUCCEEDED', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED');
    ALTER TABLE payments DROP CONSTRAINT payments_refund_within_amount;
    ALTER TABLE payments DROP COLUMN refunded_minor, DROP COLUMN reference, DROP COLUMN method;
    ALTER TABLE payments DROP CONSTRAINT payments_status_check;
    ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN
      ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED'));
    UPDATE bookings SET payment_status = 'REFUNDED' WHERE payment_status = 'PARTIALLY_REFUNDED';
    ALTER TABLE bookings DROP CONSTRAINT bookings_payment_status_check;
    ALTER TABLE bookings ADD CONSTRAINT bookings_payment_status_check CHECK (payment_status IN
      ('UNPAID', 'PAID', 'REFUND_PENDING', 'REFUNDED', 'REFUND_FAILED'));
  `.execute(db);
}
