import { type Kysely, sql } from 'kysely';

/**
 * When the layout last changed, seats included: every change of a layout rewrites its row, so the
 * row's version (`xmin`) also tells a server that remembers the layout's seats (to hold them
 * without reading them each time) that they changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE layouts ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`.execute(db);
  await sql`UPDATE layouts SET updated_at = created_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE layouts DROP COLUMN updated_at`.execute(db);
}
