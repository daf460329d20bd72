import type { Db } from '@reserva/db';

/**
 * Rows this process has read from one database, by key, at most `limit` of them (the oldest read is
 * forgotten first). `read` throws for a key with nothing to remember, so only rows that exist take
 * room. A remembered row may be stale: whoever writes under it checks its version in the write.
 */
export function rememberedRows<T>(limit: number, read: (db: Db, key: string) => Promise<T>) {
  const byDb = new WeakMap<Db, Map<string, T>>();
  const rowsOf = (db: Db) => {
    const rows = byDb.get(db) ?? new Map<string, T>();
    byDb.set(db, rows);
    return rows;
  };

  /** Reads the row again and remembers it; a row that is gone is forgotten. */
  const reread = async (db: Db, key: string) => {
    const rows = rowsOf(db);
    rows.delete(key);
    const row = await read(db, key);
    if (rows.size >= limit) rows.delete(rows.keys().next().value!);
    rows.set(key, row);
    return row;
  };

  /** The row as last read by this process (`fresh` when read just now, never before). */
  const remembered = async (db: Db, key: string) => {
    const known = rowsOf(db).get(key);
    if (known) return { row: known, fresh: false };
    return { row: await reread(db, key), fresh: true };
  };

  return { remembered, reread };
}
