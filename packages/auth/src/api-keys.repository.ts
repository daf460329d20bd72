import type { Db } from '@reserva/db';
import type { Role } from '@reserva/domain';

export const insertApiKey = (
  db: Db,
  key: { name: string; prefix: string; keyHash: string; role: Role; createdBy: string | null },
) =>
  db
    .insertInto('api_keys')
    .values({
      name: key.name,
      prefix: key.prefix,
      key_hash: key.keyHash,
      role: key.role,
      created_by: key.createdBy,
    })
    .returning(['id', 'name', 'prefix', 'role', 'created_at as createdAt'])
    .executeTakeFirstOrThrow();

export const findApiKeyByPrefix = (db: Db, prefix: string) =>
  db
    .selectFrom('api_keys')
    .select([
      'id',
      'name',
      'prefix',
      'key_hash as keyHash',
      'role',
      'revoked_at as revokedAt',
      'created_by as createdBy',
    ])
    .where('prefix', '=', prefix)
    .executeTakeFirst();

export const touchApiKey = (db: Db, id: string, at: Date) =>
  db.updateTable('api_keys').set({ last_used_at: at }).where('id', '=', id).execute();

export const listApiKeys = (db: Db) =>
  db
    .selectFrom('api_keys')
    .leftJoin('users', 'users.id', 'api_keys.created_by')
    .select([
      'api_keys.id',
      'api_keys.name',
      'api_keys.prefix',
      'api_keys.role',
      'api_keys.created_at as createdAt',
      'api_keys.last_used_at as lastUsedAt',
      'api_keys.revoked_at as revokedAt',
      'users.email as createdByEmail',
    ])
    .orderBy('api_keys.created_at', 'desc')
    .execute();

export const revokeApiKey = (db: Db, id: string, at: Date) =>
  db
    .updateTable('api_keys')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(['id', 'revoked_at as revokedAt'])
    .executeTakeFirst();

export const findApiKeyById = (db: Db, id: string) =>
  db.selectFrom('api_keys').select(['id', 'revoked_at as revokedAt']).where('id', '=', id).executeTakeFirst();
