import { hashPassword } from '@reserva/auth';
import { isDatabaseEmpty, migrateToLatest, seedDemoData } from '@reserva/db';
import { openDatabase } from './database.js';
import { loadEnv } from './env.js';
import { createLogger } from './logger.js';

const USAGE = 'usage: node apps/server/dist/cli.js <migrate|seed>';

async function run(command: string | undefined) {
  if (command !== 'migrate' && command !== 'seed') {
    console.error(USAGE);
    return 2;
  }
  const env = loadEnv();
  const database = await openDatabase(env, createLogger(env));
  try {
    const { db } = database.handle;
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

run(process.argv[2]).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
