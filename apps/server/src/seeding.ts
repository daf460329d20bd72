import { hashPassword } from '@reserva/auth';
import { type Db, DEMO_ACCOUNTS, isDatabaseEmpty, seedDemoData } from '@reserva/db';
import type { Env } from './env.js';

/**
 * Demo data (with its well-known passwords) goes only into an empty database, and never on a
 * production start: `auto` seeds a new embedded database, `true` any empty one.
 */
export function shouldSeedDemo(env: Env, embedded: boolean): boolean {
  if (env.NODE_ENV === 'production') return false;
  if (env.RESERVA_SEED_DEMO === 'false') return false;
  return env.RESERVA_SEED_DEMO === 'true' || embedded;
}

export async function seedIfEmpty(db: Db): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  await seedDemoData(db, { hashPassword });
  return true;
}

/** Demo logins are printed only where they still work: the demo admin exists with its demo role. */
export async function demoLoginsInUse(db: Db) {
  const admin = DEMO_ACCOUNTS.find((account) => account.role === 'admin')!;
  const row = await db.selectFrom('users').select('id').where('email', '=', admin.email).executeTakeFirst();
  return row ? DEMO_ACCOUNTS : [];
}
