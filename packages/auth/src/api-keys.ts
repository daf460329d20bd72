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
}

export async function issueApiKey(db: Db, input: { name: string; role: Role; createdBy: string | null }) {
  const prefix = randomToken(5);
  const key = `rsv_${prefix}_${randomToken(20)}`;
  const row = await insertApiKey(db, { ...input, prefix, keyHash: hashToken(key) });
  return { ...row, key };
}

export async function verifyApiKey(db: Db, key: string, now = new Date()): Promise<ApiKeyActor | null> {
  const match = KEY_PATTERN.exec(key);
  if (!match) return null;
  const row = await findApiKeyByPrefix(db, match[1]!);
  if (!row || row.revokedAt) return null;
  const expected = new TextEncoder().encode(row.keyHash);
  const actual = new TextEncoder().encode(hashToken(key));
  if (!constantTimeEqual(expected, actual)) return null;
  await touchApiKey(db, row.id, now);
  return { keyId: row.id, name: row.name, role: row.role, createdBy: row.createdBy };
}
