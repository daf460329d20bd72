import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Visible ASCII, long enough that only its sender can know it (a UUID is 36). */
const KEY_PATTERN = /^[\x21-\x7e]{16,255}$/;

export function checkedIdempotencyKey(key: string): string {
  if (!KEY_PATTERN.test(key)) {
    throw validationError(
      IDEMPOTENCY_HEADER,
      `The ${IDEMPOTENCY_HEADER} header must be 16 to 255 visible characters (a random UUID is best)`,
    );
  }
  return key;
}

/**
 * Whose keys these are: a person, an API key, or anyone without credentials. Anonymous callers
 * share one scope: their key is a random secret only they know, and the answer is encrypted under
 * it, so a key is as good as a bearer token for its one answer and nobody else's retry can hit it.
 */
export function idempotencyScope(actor: Actor | null): string {
  if (!actor) return 'anonymous';
  return actor.kind === 'user' ? `user:${actor.userId}` : `api-key:${actor.keyId}`;
}

/** In a batch the header names the first call; call i > 0 uses `<key>#<i>`. */
export const keyOfCall = (key: string, batchIndex: number) => (batchIndex > 0 ? `${key}#${batchIndex}` : key);

export const sha256 = (text: string) => createHash('sha256').update(text).digest();

/** JSON with object keys sorted, so a retry that orders its fields differently is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const secretOf = (key: string, scope: string) =>
  Buffer.from(hkdfSync('sha256', key, scope, 'reserva idempotent response', 32));

/** AES-256-GCM under a key derived from the client's key: iv (12) | tag (16) | ciphertext. */
export function sealResponse(key: string, scope: string, response: unknown): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', secretOf(key, scope), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(response), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export function openResponse(key: string, scope: string, sealed: Buffer): unknown {
  const decipher = createDecipheriv('aes-256-gcm', secretOf(key, scope), sealed.subarray(0, 12));
  decipher.setAuthTag(sealed.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'));
}
