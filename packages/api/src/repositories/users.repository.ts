import type { Db, NewUser, User } from '@reserva/db';
import type { Role } from '@reserva/domain';
import { containing } from '../schemas/common.js';
import { staffVenueIds } from './staff-venues.repository.js';

const PUBLIC_COLUMNS = ['id', 'email', 'name', 'phone', 'role'] as const;

export type PublicUser = Pick<User, (typeof PUBLIC_COLUMNS)[number]>;

export const insertUser = (db: Db, user: NewUser) =>
  db.insertInto('users').values(user).returning(PUBLIC_COLUMNS).executeTakeFirstOrThrow();

export const findUserForLogin = (db: Db, email: string) =>
  db
    .selectFrom('users')
    .select([...PUBLIC_COLUMNS, 'password_hash as passwordHash'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('users').select(PUBLIC_COLUMNS).where('id', '=', id).executeTakeFirst();

export async function listUsers(
  db: Db,
  filter: { q?: string | undefined; role?: Role | undefined; skip: number; limit: number },
) {
  let query = db.selectFrom('users');
  if (filter.role) query = query.where('role', '=', filter.role);
  if (filter.q) {
    const pattern = containing(filter.q);
    query = query.where((eb) =>
      eb.or([eb('email', 'ilike', pattern), eb('name', 'ilike', pattern), eb('phone', 'ilike', pattern)]),
    );
  }
  const [items, count] = await Promise.all([
    query
      .select([...PUBLIC_COLUMNS, 'created_at as createdAt', staffVenueIds.as('venueIds')])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .offset(filter.skip)
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: count.total };
}

export const updateUserRole = (db: Db, id: string, role: Role) =>
  db
    .updateTable('users')
    .set({ role, updated_at: new Date() })
    .where('id', '=', id)
    .returning(PUBLIC_COLUMNS)
    .executeTakeFirst();

export const countAdmins = (db: Db) =>
  db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
