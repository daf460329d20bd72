import type { Db } from '@reserva/db';
import type { Role } from '@reserva/domain';
import { sql } from 'kysely';

/** The venues of a key, read in the key's own statement (empty: every venue). */
const keyVenueIds = sql<
  string[]
>`array(SELECT venue_id FROM api_key_venues WHERE key_id = api_keys.id ORDER BY venue_id)`;

/** The key and its venues in one statement, so a key never exists without the limits it was given. */
export const insertApiKey = (
  db: Db,
  key: {
    name: string;
    prefix: string;
    keyHash: string;
    role: Role;
    createdBy: string | null;
    venueIds: readonly string[];
    expiresAt: Date | null;
  },
) =>
  db
    .with('key', (q) =>
      q
        .insertInto('api_keys')
        .values({
          name: key.name,
          prefix: key.prefix,
          key_hash: key.keyHash,
          role: key.role,
          created_by: key.createdBy,
          expires_at: key.expiresAt,
        })
        .returning(['id', 'name', 'prefix', 'role', 'created_at', 'expires_at']),
    )
    .with('key_venues', (q) =>
      q
        .insertInto('api_key_venues')
        .columns(['key_id', 'venue_id'])
        .expression(
          q
            .selectFrom('key')
            .select(['key.id', sql<string>`unnest(${[...key.venueIds]}::uuid[])`.as('venue_id')]),
        ),
    )
    .selectFrom('key')
    .select(['id', 'name', 'prefix', 'role', 'created_at as createdAt', 'expires_at as expiresAt'])
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
      'expires_at as expiresAt',
      'created_by as createdBy',
      keyVenueIds.as('venueIds'),
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
      'api_keys.expires_at as expiresAt',
      'users.email as createdByEmail',
      keyVenueIds.as('venueIds'),
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
