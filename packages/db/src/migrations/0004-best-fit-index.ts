import { type Kysely, sql } from 'kysely';

/**
 * The best-fit pick of a new booking (smallest table that seats the party, then the venue's order)
 * reads the venue's resources in exactly this order and stops at the first free one. Without the
 * index it checked every table of the venue for overlaps and sorted them; and because PostgreSQL
 * could not tell how many resources one venue has, a cached generic plan looked dearer than
 * planning the statement anew on every booking, which it then did.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX resources_best_fit_idx ON resources (venue_id, kind, capacity, sort_order, label)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX resources_best_fit_idx`.execute(db);
}
