import { type Db, transact } from '@reserva/db';
import { conflict, notFound, type Role, validationError } from '@reserva/domain';
import type { Actor } from '../context.js';
import {
  existingVenueIds,
  replaceStaffVenues,
  staffVenueIdsOf,
} from '../repositories/staff-venues.repository.js';
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
  return transact(db, async (trx) => {
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

/** The venues a staff account works at, replaced as a whole; admins act everywhere and have none. */
export async function setStaffVenues({
  db,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { userId: string; venueIds: string[] };
}) {
  return transact(db, async (trx) => {
    const user = await findUserById(trx, input.userId);
    if (!user) throw notFound('User');
    if (user.role !== 'staff') {
      throw validationError('venueIds', 'Only staff accounts are given venues; admins act at every venue');
    }
    const venueIds = [...new Set(input.venueIds)].sort();
    const existing = new Set(await existingVenueIds(trx, venueIds));
    const missing = venueIds.find((id) => !existing.has(id));
    if (missing) throw validationError('venueIds', `No venue has the id ${missing}`);
    await replaceStaffVenues(trx, user.id, venueIds);
    return { ...user, venueIds: await staffVenueIdsOf(trx, user.id) };
  });
}
