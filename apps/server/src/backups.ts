import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Db, writeBackup } from '@reserva/db';
import type { Logger } from 'pino';

const DAY_MS = 24 * 60 * 60_000;
const CHECK_MS = 60 * 60_000;
const PREFIX = 'reserva-';
const SUFFIX = '.jsonl.gz';

/** `reserva-2026-12-02T13-30-00Z.jsonl.gz`: names sort by time. */
export const backupFileName = (now = new Date()) =>
  `${PREFIX}${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z${SUFFIX}`;

async function backupsIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX)).sort();
}

/** Writes a backup when the newest is a day old (or there is none), then keeps the newest `keep`. */
export async function backUpIfDue(options: { db: Db; dir: string; keep: number; now?: Date }) {
  const { db, dir, keep, now = new Date() } = options;
  const existing = await backupsIn(dir);
  const newest = existing.at(-1);
  if (newest && now.getTime() - (await stat(join(dir, newest))).mtimeMs < DAY_MS) return null;
  const summary = await writeBackup(db, join(dir, backupFileName(now)));
  const all = await backupsIn(dir);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) await rm(join(dir, old), { force: true });
  return summary;
}

/** Daily backups while the server runs: checked at start and every hour, so restarts skip none. */
export function scheduleBackups(options: { db: Db; dir: string; keep: number; logger: Logger }) {
  const { logger } = options;
  const run = () =>
    backUpIfDue(options).then(
      (summary) => summary && logger.info(summary, 'database backed up'),
      (error: unknown) => logger.error({ err: error }, 'scheduled backup failed'),
    );
  void run();
  const timer = setInterval(run, CHECK_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
