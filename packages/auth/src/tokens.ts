import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** `bytes` random bytes as lowercase base32: unguessable, URL- and cookie-safe. */
export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** What we store instead of a secret: its SHA-256, hex (Node's native hash: every request with a token pays it). */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
