import { type Kysely, sql } from 'kysely';

/**
 * Private calendar feed links: a person's own bookings (venue_id null) or, for staff, one venue's.
 * Only the SHA-256 of the link's token is stored. A new link revokes the previous one; the partial
 * unique index keeps one live link per person and venue (or "mine") whatever races.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      venue_id uuid REFERENCES venues(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX calendar_feeds_one_live ON calendar_feeds (user_id, venue_id) NULLS NOT DISTINCT
    WHERE revoked_at IS NULL
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE calendar_feeds`.execute(db);
}
