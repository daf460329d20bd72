import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** `bytes` random bytes as lowercase base32: unguessable, URL- and cookie-safe. */
export function randomToken(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  crypto.getRandomValues(buffer);
  return encodeBase32LowerCaseNoPadding(buffer);
}

/** What we store instead of a secret: its SHA-256, hex. */
export const hashToken = (token: string): string =>
  encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
