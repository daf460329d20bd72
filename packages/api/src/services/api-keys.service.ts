import { findApiKeyById, issueApiKey, listApiKeys, revokeApiKey } from '@reserva/auth';
import type { Db } from '@reserva/db';
import { conflict, notFound, type Role } from '@reserva/domain';
import type { Actor } from '../context.js';

export const createApiKey = ({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { name: string; role: Role };
}) => issueApiKey(db, { ...input, createdBy: actor.userId });

export const listAllApiKeys = ({ db }: { db: Db }) => listApiKeys(db);

export async function revokeKey({ db, input }: { db: Db; input: { id: string } }) {
  const revoked = await revokeApiKey(db, input.id, new Date());
  if (revoked) return revoked;
  const existing = await findApiKeyById(db, input.id);
  if (!existing) throw notFound('API key');
  throw conflict('This API key was already revoked');
}
