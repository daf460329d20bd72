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
export const recordHit = async (db: Db, key: string, windowSeconds: number): Promise<number> =>
  (await takeHit(db, key, windowSeconds, 2 ** 31 - 1))!;

/**
 * Checks and counts in one statement: the hit is recorded only while the window holds fewer than
 * `max`, so concurrent callers can never pass the limit between a check and a count (the
 * conflicting row is locked by the upsert). Returns the hits counted, or null, counting nothing, when
 * the limit is reached.
 */
export async function takeHit(
  db: Db,
  key: string,
  windowSeconds: number,
  max: number,
): Promise<number | null> {
  const { rows } = await sql<{ hits: number }>`
    INSERT INTO rate_limits (key, window_start, hits) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                  THEN 1 ELSE rate_limits.hits + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
                          THEN now() ELSE rate_limits.window_start END
    WHERE rate_limits.window_start <= now() - make_interval(secs => ${windowSeconds})
       OR rate_limits.hits < ${max}
    RETURNING hits
  `.execute(db);
  return rows[0]?.hits ?? null;
}

/** Takes back one hit (an attempt that turned out to be no failure). */
export const returnHit = (db: Db, key: string) =>
  db
    .updateTable('rate_limits')
    .set((eb) => ({ hits: sql<number>`greatest(${eb.ref('hits')} - 1, 0)` }))
    .where('key', '=', key)
    .execute();

export const clearHits = (db: Db, key: string) =>
  db.deleteFrom('rate_limits').where('key', '=', key).execute();

/** Forgets counters whose window opened before `before` (every limit's window is shorter). */
export async function deleteHitsBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('rate_limits').where('window_start', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
