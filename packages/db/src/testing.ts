import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeEach, inject } from 'vitest';
import { connectDatabase, type DatabaseHandle } from './connection.js';
import './vitest-context.js';

export type TestDatabase = DatabaseHandle & { truncate(): Promise<void> };

/**
 * For a test file: a fresh database cloned from the migrated template, so files run in parallel
 * without seeing each other's rows; every table is emptied before each test and the database is
 * closed after the file.
 */
export async function useTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('templateDatabaseUrl'));
  beforeEach(() => database.truncate());
  afterAll(() => database.close());
  return database;
}

export async function createTestDatabase(templateUrl: string): Promise<TestDatabase> {
  const template = new URL(templateUrl);
  const name = `reserva_test_${randomBytes(6).toString('hex')}`;
  const admin = connectDatabase({ url: withDatabase(template, 'postgres'), max: 1 });
  try {
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE ${sql.id(template.pathname.slice(1))}`.execute(
      admin.db,
    );
  } finally {
    await admin.close();
  }
  const handle = connectDatabase({ url: withDatabase(template, name) });
  return {
    ...handle,
    async truncate() {
      const { rows } = await sql<{ tablename: string }>`
        SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%'
      `.execute(handle.db);
      if (rows.length === 0) return;
      await sql`TRUNCATE ${sql.join(rows.map((r) => sql.id(r.tablename)))} RESTART IDENTITY CASCADE`.execute(
        handle.db,
      );
    },
  };
}

function withDatabase(url: URL, database: string): string {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
}
