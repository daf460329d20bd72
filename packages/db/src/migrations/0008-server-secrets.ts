import { type Kysely, sql } from 'kysely';

/**
 * Secrets the server makes for itself when the operator gives none (`RESERVA_SECRET`): kept in
 * the database so every process sharing it signs guest manage links with the same key, and a
 * restart keeps old links working. The prune of old rate-limit counters reads by window start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE server_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )
  `.execute(db);
  await sql`CREATE INDEX rate_limits_window_start_idx ON rate_limits (window_start)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX rate_limits_window_start_idx`.execute(db);
  await sql`DROP TABLE server_secrets`.execute(db);
}
