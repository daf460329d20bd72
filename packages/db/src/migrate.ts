import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as seatHolds from './migrations/0002-seat-holds.js';
import * as changeFeedAtCommit from './migrations/0003-change-feed-at-commit.js';
import * as bestFitIndex from './migrations/0004-best-fit-index.js';
import * as checkoutOnHold from './migrations/0005-checkout-on-hold.js';
import * as layoutUpdatedAt from './migrations/0006-layout-updated-at.js';
import * as money from './migrations/0007-money.js';
import * as serverSecrets from './migrations/0008-server-secrets.js';
import * as venueScopesAndAudit from './migrations/0009-venue-scopes-and-audit.js';
import * as idempotencyKeys from './migrations/0010-idempotency-keys.js';
import * as midtransOrders from './migrations/0011-midtrans-orders.js';
import * as calendarFeeds from './migrations/0013-calendar-feeds.js';
import type { Database } from './schema.js';

// Migrations are imported, not read from a folder, so they ship inside the build and bundles.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-seat-holds': seatHolds,
  '0003-change-feed-at-commit': changeFeedAtCommit,
  '0004-best-fit-index': bestFitIndex,
  '0005-checkout-on-hold': checkoutOnHold,
  '0006-layout-updated-at': layoutUpdatedAt,
  '0007-money': money,
  '0008-server-secrets': serverSecrets,
  '0009-venue-scopes-and-audit': venueScopesAndAudit,
  '0010-idempotency-keys': idempotencyKeys,
  '0011-midtrans-orders': midtransOrders,
  '0013-calendar-feeds': calendarFeeds,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const migrateToLatest = (db: Kysely<Database>): Promise<string[]> =>
  run(new Migrator({ db, provider }).migrateToLatest());

/** Up or down to `name` (the last migration to keep): for testing a migration on older data. */
export const migrateTo = (db: Kysely<Database>, name: string): Promise<string[]> =>
  run(new Migrator({ db, provider }).migrateTo(name));

async function run(migration: ReturnType<Migrator['migrateToLatest']>): Promise<string[]> {
  const { error, results } = await migration;
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
