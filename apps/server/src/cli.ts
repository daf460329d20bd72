import { join } from 'node:path';
import { ensureJobQueues } from '@reserva/api';
import { hashPassword } from '@reserva/auth';
import { isDatabaseEmpty, migrateToLatest, restoreBackup, seedDemoData, writeBackup } from '@reserva/db';
import { backupFileName } from './backups.js';
import { openDatabase } from './database.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';

const USAGE = 'usage: node apps/server/dist/cli.js <migrate|seed|backup [file]|restore <file>>';
const COMMANDS = ['migrate', 'seed', 'backup', 'restore'];

async function run(command: string | undefined, file: string | undefined) {
  if (!command || !COMMANDS.includes(command) || (command === 'restore' && !file)) {
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv();
  const database = await openDatabase(env, createLogger(env));
  try {
    const { db, url } = database.handle;
    if (command === 'backup') {
      const summary = await writeBackup(db, file ?? join(env.BACKUP_DIR, backupFileName()));
      console.log(`Backed up ${summary.rows} rows of ${summary.tables} tables to ${summary.file}`);
      return 0;
    }
    if (command === 'restore') {
      const summary = await restoreBackup(db, file!, { beforeLoad: () => ensureJobQueues({ db, url }) });
      console.log(`Restored ${summary.rows} rows of ${summary.tables} tables from ${file}`);
      return 0;
    }
    const applied = await migrateToLatest(db);
    console.log(applied.length > 0 ? `Applied migrations: ${applied.join(', ')}` : 'Database is up to date.');
    if (command === 'seed') {
      if (!(await isDatabaseEmpty(db))) {
        console.log('The database already has data; demo data is only loaded into an empty database.');
        return 0;
      }
      const summary = await seedDemoData(db, { hashPassword });
      console.log(`Demo data loaded: ${JSON.stringify(summary)}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

run(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
