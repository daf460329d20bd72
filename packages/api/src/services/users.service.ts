import type { Db } from '@reserva/db';
import { conflict, notFound, type Role } from '@reserva/domain';
import type { Actor } from '../context.js';
import { countAdmins, findUserById, listUsers, updateUserRole } from '../repositories/users.repository.js';

export const listAllUsers = ({
  db,
  input,
}: {
  db: Db;
  input: { q?: string | undefined; role?: Role | undefined; skip: number; limit: number };
}) => listUsers(db, input);

export async function setUserRole({
  db,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { userId: string; role: Role };
}) {
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, input.userId);
    if (!user) throw notFound('User');
    if (user.role === 'admin' && input.role !== 'admin') {
      // Serialise demotions so two admins demoting each other cannot leave nobody in charge.
      await trx.selectFrom('users').select('id').where('role', '=', 'admin').forUpdate().execute();
      if ((await countAdmins(trx)).count <= 1) throw conflict('Reserva needs at least one admin', 'role');
    }
    const updated = await updateUserRole(trx, input.userId, input.role);
    if (!updated) throw notFound('User');
    return updated;
  });
}
