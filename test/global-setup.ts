import { rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { resolve } from 'node:path';
import { connectDatabase, migrateToLatest, startEmbeddedPostgres } from '@reserva/db';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { testEnv } from './env.js';

export const TEMPLATE_DATABASE = 'reserva_template';

/**
 * One real PostgreSQL for the whole run: the embedded server (fresh folder each run) or the server
 * named by TEST_DATABASE_URL. Migrates a template database once; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let adminUrl = testEnv.databaseUrl;
  let stop = async () => {};
  if (!adminUrl) {
    // A folder and port of its own per run: parallel runs in one checkout never share a cluster.
    const dataDir = resolve(`.reserva/test-pg-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = server.url;
    stop = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.log`, { force: true });
    };
  }

  const admin = connectDatabase({ url: adminUrl, max: 1 });
  await sql`DROP DATABASE IF EXISTS ${sql.id(TEMPLATE_DATABASE)} WITH (FORCE)`.execute(admin.db);
  await sql`CREATE DATABASE ${sql.id(TEMPLATE_DATABASE)}`.execute(admin.db);
  await admin.close();

  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  const template = connectDatabase({ url: templateUrl, max: 1 });
  await migrateToLatest(template.db);
  await template.close();

  // tsc does not see vitest's ProvidedContext augmentation through `vitest/node`; test files do.
  (project.provide as (key: string, value: string) => void)('templateDatabaseUrl', templateUrl);
  return stop;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolvePort(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
