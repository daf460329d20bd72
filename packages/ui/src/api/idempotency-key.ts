/**
 * One key per money-moving attempt, from the platform's random source (randomUUID needs a secure
 * context; a self-hosted install on a LAN address may not be one).
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
