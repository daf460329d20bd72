import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Db } from '@reserva/db';
import type { Role } from '@reserva/domain';
import { findApiKeyByPrefix, insertApiKey, touchApiKey } from './api-keys.repository.js';
import { hashToken, randomToken } from './tokens.js';

/**
 * API keys look like `rsv_<prefix>_<secret>`. The prefix finds the row; only the SHA-256 of the
 * whole key is stored, so the key is shown once, at creation, and never again.
 */
const KEY_PATTERN = /^rsv_([a-z2-7]{8})_([a-z2-7]{32})$/;

export interface ApiKeyActor {
  keyId: string;
  name: string;
  role: Role;
  createdBy: string | null;
  /** The venues the key may act on; null: every venue. */
  venueIds: string[] | null;
}

/** Why a key was refused: only the holder of the real key learns that it was revoked or expired. */
export type ApiKeyCheck =
  | { ok: true; key: ApiKeyActor }
  | { ok: false; reason: 'invalid' | 'revoked' | 'expired' };

export async function issueApiKey(
  db: Db,
  input: {
    name: string;
    role: Role;
    createdBy: string | null;
    venueIds?: readonly string[] | undefined;
    expiresAt?: Date | null | undefined;
  },
) {
  const prefix = randomToken(5);
  const key = `rsv_${prefix}_${randomToken(20)}`;
  const venueIds = [...new Set(input.venueIds ?? [])].sort();
  const row = await insertApiKey(db, {
    name: input.name,
    role: input.role,
    createdBy: input.createdBy,
    venueIds,
    expiresAt: input.expiresAt ?? null,
    prefix,
    keyHash: hashToken(key),
  });
  return { ...row, venueIds, key };
}

export async function checkApiKey(db: Db, key: string, now = new Date()): Promise<ApiKeyCheck> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return { ok: false, reason: 'invalid' };
  const row = await findApiKeyByPrefix(db, match[1]!);
  if (!row) return { ok: false, reason: 'invalid' };
  const expected = new TextEncoder().encode(row.keyHash);
  const actual = new TextEncoder().encode(hashToken(key));
  if (!constantTimeEqual(expected, actual)) return { ok: false, reason: 'invalid' };
  if (row.revokedAt) return { ok: false, reason: 'revoked' };
  if (row.expiresAt && row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  await touchApiKey(db, row.id, now);
  return {
    ok: true,
    key: {
      keyId: row.id,
      name: row.name,
      role: row.role,
      createdBy: row.createdBy,
      venueIds: row.venueIds.length > 0 ? row.venueIds : null,
    },
  };
}

export async function verifyApiKey(db: Db, key: string, now = new Date()): Promise<ApiKeyActor | null> {
  const check = await checkApiKey(db, key, now);
  return check.ok ? check.key : null;
}
