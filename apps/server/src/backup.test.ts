import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureJobQueues } from '@reserva/api';
import { hashPassword } from '@reserva/auth';
import { connectDatabase, type DatabaseHandle, restoreBackup, seedDemoData, writeBackup } from '@reserva/db';
import { createTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';

const template = new URL(inject('templateDatabaseUrl'));
const at = (name: string) => Object.assign(new URL(template), { pathname: `/${name}` }).toString();
const folder = await mkdtemp(join(tmpdir(), 'reserva-backup-'));
const admin = connectDatabase({ url: at('postgres'), max: 1 });
afterAll(async () => {
  await admin.close();
  await rm(folder, { recursive: true, force: true });
});

/** Rows and a checksum of their text, per table of both schemas (migrations' own are made anew). */
async function fingerprint(database: DatabaseHandle) {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT format('%I.%I', n.nspname, c.relname) AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname NOT LIKE 'kysely_migration%'
    ORDER BY 1`.execute(database.db);
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ rows: number; md5: string }>`
      SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
      FROM ${sql.raw(name)} t`.execute(database.db);
    result[name] = rows[0]!;
  }
  const { rows: sequences } = await sql<{ name: string; value: string | null }>`
    SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value
    FROM pg_sequences WHERE schemaname IN ('public', 'pgboss') ORDER BY 1`.execute(database.db);
  return { tables: result, sequences };
}

describe('backup, drop, restore', () => {
  it('gives back every row of every table, the job queue included', async () => {
    const source = await createTestDatabase(template.toString());
    await seedDemoData(source.db, { hashPassword });
    await ensureJobQueues({ db: source.db, url: source.url });
    // Sequences that have moved: the restore must set them where they were.
    await sql`SELECT nextval('change_feed_position')`.execute(source.db);
    const before = await fingerprint(source);
    expect(before.sequences.some((s) => s.value !== null)).toBe(true);
    const filled = Object.entries(before.tables).filter(([, table]) => table.rows > 0);
    expect(filled.length).toBeGreaterThan(5);
    expect(before.tables['public.resources']!.rows).toBeGreaterThan(100);
    expect(before.tables['pgboss.queue']!.rows).toBeGreaterThan(0);

    const file = join(folder, 'reserva.jsonl.gz');
    const written = await writeBackup(source.db, file);
    expect(written.rows).toBe(Object.values(before.tables).reduce((sum, table) => sum + table.rows, 0));

    const name = new URL(source.url).pathname.slice(1);
    await source.close();
    await sql`DROP DATABASE ${sql.id(name)}`.execute(admin.db);
    await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE template0`.execute(admin.db);

    const restored = connectDatabase({ url: source.url });
    try {
      await restoreBackup(restored.db, file, {
        beforeLoad: () => ensureJobQueues({ db: restored.db, url: restored.url }),
      });
      expect(await fingerprint(restored)).toEqual(before);
      await expect(restoreBackup(restored.db, file)).rejects.toThrow(
        'The database already has data: restore only into an empty one',
      );
    } finally {
      await restored.close();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(admin.db);
    }
  });
});
