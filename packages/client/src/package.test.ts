import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insertEvent, insertSeatVenue, insertTestUser, insertVenue } from '@reserva/api/testing';
import { issueApiKey } from '@reserva/auth';
import { useTestDatabase } from '@reserva/db/testing';
import { startTestServer } from '@reserva/server/testing';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The client as an outside app gets it: packed, installed with npm from the tarball into a fresh
 * project outside this workspace, type-checked by TypeScript 5 in `strict` mode, and run against a
 * live server. Needs the npm registry (for TypeScript 5, @types/node and the client's own
 * dependencies).
 */

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const sampleDir = fileURLToPath(new URL('../sample', import.meta.url));

const RUNTIME_IMPORTS = ['@trpc/client', 'eventsource'];
const TYPE_IMPORTS = ['@trpc/client', '@trpc/server', '@trpc/server/unstable-core-do-not-import'];
const STEP_TIMEOUT_MS = 240_000;

const database = await useTestDatabase();
const server = await startTestServer(database);
const work = await mkdtemp(join(tmpdir(), 'reserva-client-'));
const app = join(work, 'app');
afterAll(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

/** pnpm hands its own settings to scripts as npm_* variables; the outside project must not see them. */
const outsideEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !/^npm_(config|package|lifecycle)_/i.test(name) || /^npm_config_(registry|cache)$/i.test(name),
  ),
);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: outsideEnv, timeout: STEP_TIMEOUT_MS - 20_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: error && !stderr ? String(error) : stderr });
      },
    );
  });
}

async function succeed(command: string, args: string[], cwd: string) {
  const outcome = await run(command, args, cwd);
  expect(outcome.code, `${command} ${args.join(' ')}\n${outcome.stdout}\n${outcome.stderr}`).toBe(0);
  return outcome.stdout;
}

/** Every module a JavaScript or declaration file imports, re-exports from or references. */
function importedModules(source: string) {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\/\/\/\s*<reference\s+(?:types|path)\s*=\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found].sort();
}

let tarball = '';

describe('@reserva/client installed from its tarball, outside the workspace', () => {
  it(
    'packs only dist and docs, with no workspace package, Kysely or pg anywhere in its types',
    async () => {
      expect(work.startsWith(repoRoot)).toBe(false);
      const packed = join(work, 'packed');
      await mkdir(packed);
      // `prepack` builds first, so the tarball never holds stale declarations.
      await succeed('pnpm', ['pack', '--pack-destination', packed], packageDir);
      const [name] = await readdir(packed);
      expect(name).toBe('reserva-client-0.2.0.tgz');
      tarball = join(packed, name!);

      const listing = await succeed('tar', ['-tzf', tarball], work);
      expect(listing.trim().split('\n').sort()).toEqual([
        'package/CHANGELOG.md',
        'package/README.md',
        'package/dist/index.d.ts',
        'package/dist/index.js',
        'package/package.json',
      ]);
      await succeed('tar', ['-xzf', tarball, '-C', packed], work);

      const manifestText = await readFile(join(packed, 'package/package.json'), 'utf8');
      expect(manifestText).not.toMatch(/workspace:|catalog:/);
      const manifest = JSON.parse(manifestText);
      expect(manifest.private).toBeUndefined();
      expect(manifest.version).toBe('0.2.0');
      expect(Object.keys(manifest.dependencies).sort()).toEqual([
        '@trpc/client',
        '@trpc/server',
        'eventsource',
      ]);
      expect(manifest.peerDependencies).toBeUndefined();
      expect(manifest.exports).toEqual({ '.': { types: './dist/index.d.ts', default: './dist/index.js' } });

      const declarations = await readFile(join(packed, 'package/dist/index.d.ts'), 'utf8');
      expect(importedModules(declarations)).toEqual(TYPE_IMPORTS);
      expect(declarations).not.toMatch(/['"](@reserva\/[^'"]*|kysely|pg)['"]/);
      // The router's procedures are in the file itself, not behind an import.
      expect(declarations).toMatch(/onSeatChange: _trpc_server\.TRPCSubscriptionProcedure</);
      const javascript = await readFile(join(packed, 'package/dist/index.js'), 'utf8');
      expect(importedModules(javascript)).toEqual(RUNTIME_IMPORTS);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'installs with npm into a strict TypeScript 5 project where right calls compile and wrong ones do not',
    async () => {
      expect(tarball, 'the packing test ran first').not.toBe('');
      await mkdir(app);
      await writeFile(
        join(app, 'package.json'),
        `${JSON.stringify({ name: 'reserva-client-sample', private: true, type: 'module' }, null, 2)}\n`,
      );
      await copyFile(join(sampleDir, 'sample.ts'), join(app, 'sample.ts'));
      await copyFile(join(sampleDir, 'tsconfig.json'), join(app, 'tsconfig.json'));
      await succeed(
        'npm',
        [
          'install',
          tarball,
          'typescript@5',
          '@types/node@20',
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--loglevel=error',
        ],
        app,
      );
      const tsc = join(app, 'node_modules/typescript/bin/tsc');
      expect(await succeed(process.execPath, [tsc, '--version'], app)).toMatch(/^Version 5\./);
      const installed = JSON.parse(
        await readFile(join(app, 'node_modules/@reserva/client/package.json'), 'utf8'),
      );
      expect(installed.version).toBe('0.2.0');

      // Compiles, and every `@ts-expect-error` is used: a stale one is itself an error.
      await succeed(process.execPath, [tsc, '-p', '.'], app);

      // The same file without the directives: exactly the marked lines fail, and nothing in the
      // client's own declarations does (checked here with skipLibCheck off).
      const sample = await readFile(join(app, 'sample.ts'), 'utf8');
      const marked = sample
        .split('\n')
        .flatMap((line, index) => (line.trim().startsWith('// @ts-expect-error') ? [index + 2] : []));
      expect(marked.length).toBeGreaterThanOrEqual(3);
      await writeFile(join(app, 'unchecked.ts'), sample.replaceAll('// @ts-expect-error', '// unchecked:'));
      const unchecked = await run(
        process.execPath,
        [
          tsc,
          '--noEmit',
          '--strict',
          '--module',
          'nodenext',
          '--target',
          'es2022',
          '--types',
          'node',
          'unchecked.ts',
        ],
        app,
      );
      const errors = unchecked.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
      const lines = errors.flatMap((line) => /^unchecked\.ts\((\d+),/.exec(line)?.[1] ?? []).map(Number);
      expect(lines, unchecked.stdout).toEqual(marked);
      expect(
        errors.filter((line) => line.includes('@reserva/client')),
        unchecked.stdout,
      ).toEqual([]);
      expect(unchecked.stdout).toMatch(/Property 'remove' does not exist/);
      expect(unchecked.stdout).toMatch(/'"spaceship"' is not assignable/);
      expect(unchecked.stdout).toMatch(/Property 'toFixed' does not exist on type 'string'/);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'runs the compiled sample against a live server: queries, typed errors, a live seat map, an API key',
    async () => {
      await insertVenue(database, { kind: 'restaurant', slug: 'warung-paket', name: 'Warung Paket' });
      const cinema = await insertSeatVenue(database, { slug: 'bioskop-paket', rows: 2, cols: 3 });
      const eventId = await insertEvent(database, { venueId: cinema.venueId, layoutId: cinema.layoutId });
      const admin = await insertTestUser(database, { email: 'admin@example.id', role: 'admin' });
      const { key } = await issueApiKey(database.db, { name: 'sample', role: 'admin', createdBy: admin.id });

      const output = await succeed(process.execPath, ['out/sample.js', server.url, key, eventId], app);
      const lines = output.trim().split('\n');

      const venues = await database.db.selectFrom('venues').select(['slug', 'kind', 'name']).execute();
      expect(venues.map((venue) => venue.slug).sort()).toEqual(['bioskop-paket', 'warung-paket']);
      expect(lines.filter((line) => line.startsWith('venue ')).sort()).toEqual(
        venues.map((venue) => `venue ${venue.slug} ${venue.kind} ${venue.name}`).sort(),
      );

      expect(lines).toContain('error BAD_REQUEST email');

      const hold = await database.db
        .selectFrom('bookings')
        .select(['id', 'status'])
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow();
      expect(hold.status).toBe('HELD');
      const seatA1 = cinema.seats.A1!;
      expect(lines).toContain(`held A1 ${hold.id} 50000 IDR`);
      expect(lines).toContain(`live held ${hold.id} ${seatA1}`);

      expect(lines).toContain('users 1');
      expect(lines).toHaveLength(venues.length + 4);
    },
    STEP_TIMEOUT_MS,
  );
});
