import type { Transaction } from 'kysely';
import type { Db } from './connection.js';
import type { Database } from './schema.js';

/**
 * Runs `work` in a transaction, or inside the one `db` already is: a service keeps its own
 * transaction when called alone, and joins its caller's when the call is part of a larger one
 * (an audited admin action writes the change and its audit entry together).
 */
export function transact<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
