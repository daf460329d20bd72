import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { DEMO_ACCOUNTS } from './accounts.js';
import { seedBus } from './bus.js';
import { seedCinema } from './cinema.js';
import { seedCoworking } from './coworking.js';
import { seedHotel } from './hotel.js';
import { seedRestaurant } from './restaurant.js';

export { DEMO_ACCOUNTS, type DemoAccount } from './accounts.js';

export interface SeedOptions {
  hashPassword: (plain: string) => Promise<string>;
  /** The moment showtimes and trips are scheduled from; tests pin it. */
  now?: Date;
}

export interface SeedSummary {
  venues: number;
  resources: number;
  layouts: number;
  events: number;
  users: number;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const venue = await db.selectFrom('venues').select('id').limit(1).executeTakeFirst();
  const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return !venue && !user;
}

/** Loads the five demo businesses and the demo accounts into an empty, migrated database. */
export async function seedDemoData(db: Db, options: SeedOptions): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  // Password hashing is slow on purpose; doing it first keeps the transaction short.
  const users = await Promise.all(
    DEMO_ACCOUNTS.map(async ({ password, email, ...account }) => ({
      ...account,
      email: email.toLowerCase(),
      password_hash: await options.hashPassword(password),
    })),
  );

  return db.transaction().execute(async (trx) => {
    // Two processes starting on one empty database both see it empty; the lock makes the second
    // wait for the first to commit and then refuse with the clear error below.
    await sql`SELECT pg_advisory_xact_lock(hashtext('reserva:seed-demo-data'))`.execute(trx);
    if (!(await isDatabaseEmpty(trx))) {
      throw new Error(
        'Refusing to seed demo data: the database already has venues or users. ' +
          'Demo data is only loaded into an empty database.',
      );
    }
    await trx.insertInto('users').values(users).execute();
    await seedRestaurant(trx);
    await seedCoworking(trx);
    await seedHotel(trx);
    await seedCinema(trx, now);
    await seedBus(trx, now);
    // The demo's staff account works at every demo venue.
    await sql`
      INSERT INTO staff_venues (user_id, venue_id)
      SELECT users.id, venues.id FROM users CROSS JOIN venues WHERE users.role = 'staff'
    `.execute(trx);

    // The database was empty, so its row counts are exactly what this seed wrote.
    const count = async (table: keyof SeedSummary) => {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return row.count;
    };
    return {
      venues: await count('venues'),
      resources: await count('resources'),
      layouts: await count('layouts'),
      events: await count('events'),
      users: await count('users'),
    };
  });
}
