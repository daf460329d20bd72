import { findApiKeyById, issueApiKey, listApiKeys, revokeApiKey } from '@reserva/auth';
import type { Db } from '@reserva/db';
import { conflict, notFound, type Role, validationError } from '@reserva/domain';
import type { Actor } from '../context.js';
import { existingVenueIds } from '../repositories/staff-venues.repository.js';

export async function createApiKey({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor;
  input: { name: string; role: Role; venueIds?: string[] | undefined; expiresAt?: Date | undefined };
  now?: Date;
}) {
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime()) {
    throw validationError('expiresAt', 'The expiry must be in the future');
  }
  const venueIds = input.venueIds ?? [];
  const existing = new Set(await existingVenueIds(db, venueIds));
  const missing = venueIds.find((id) => !existing.has(id));
  if (missing) throw validationError('venueIds', `No venue has the id ${missing}`);
  return issueApiKey(db, { ...input, createdBy: actor.userId });
}

export const listAllApiKeys = ({ db }: { db: Db }) => listApiKeys(db);

export async function revokeKey({ db, input }: { db: Db; input: { id: string } }) {
  const revoked = await revokeApiKey(db, input.id, new Date());
  if (revoked) return revoked;
  const existing = await findApiKeyById(db, input.id);
  if (!existing) throw notFound('API key');
  throw conflict('This API key was already revoked');
}
