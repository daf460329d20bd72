import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as initial from './migrations/0001-initial.js';
import * as seatHolds from './migrations/0002-seat-holds.js';
import * as changeFeedAtCommit from './migrations/0003-change-feed-at-commit.js';
import type { Database } from './schema.js';

// Migrations are imported, not read from a folder, so they ship inside the build and bundles.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-seat-holds': seatHolds,
  '0003-change-feed-at-commit': changeFeedAtCommit,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
