import type { Db } from '@reserva/db';
import { sql } from 'kysely';

/** Current hits in the key's window (0 when the window has passed). */
export async function readHits(db: Db, key: string, windowSeconds: number): Promise<number> {
  const row = await db
    .selectFrom('rate_limits')
    .select('hits')
    .where('key', '=', key)
    .where('window_start', '>', sql<Date>`now() - make_interval(secs => ${windowSeconds})`)
    .executeTakeFirst();
  return row?.hits ?? 0;
}

/** Counts one hit, opening a fresh window when the last one has passed; atomic under concurrency. */
export async function recordHit(db: Db, key: string, windowSeconds: number): Promise<number> {
  const { rows } = await sql<{ hits: number }>`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                  THEN 1 ELSE rate_limits.hits + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                          THEN now() ELSE rate_limits.window_start END
    RETURNING hits
  `.execute(db);
  return rows[0]!.hits;
}

export const clearHits = (db: Db, key: string) =>
  db.deleteFrom('rate_limits').where('key', '=', key).execute();
