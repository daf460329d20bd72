import { type Kysely, sql } from 'kysely';

/**
 * When the hold's current checkout began, on the hold's own row. A checkout in flight keeps the
 * hold's seats (for a grace period), and a release must never free them under it. Kept on the row
 * the release updates, PostgreSQL re-checks it after the release waited for the checkout's lock, so
 * one guarded UPDATE is enough; a PENDING payment row, in another table, is invisible to that
 * re-check. Holds with a checkout already in flight get their payment's start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE bookings ADD COLUMN checkout_started_at timestamptz`.execute(db);
  await sql`
    UPDATE bookings SET checkout_started_at = pending.started_at
    FROM (
      SELECT booking_id, max(created_at) AS started_at FROM payments WHERE status = 'PENDING' GROUP BY booking_id
    ) AS pending
    WHERE bookings.id = pending.booking_id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE bookings DROP COLUMN checkout_started_at`.execute(db);
}
