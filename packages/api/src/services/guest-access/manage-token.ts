import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '@reserva/db';
import type { ApiConfig } from '../../context.js';
import { storedSecret } from '../../repositories/server-secrets.repository.js';

const secrets = new WeakMap<Db, Promise<string>>();

/**
 * The key manage links are signed with: `RESERVA_SECRET` when the operator set one, else a random
 * one the first server made and stored in the database, so every process and restart agrees.
 */
export function manageLinkSecret({ db, config }: { db: Db; config: ApiConfig }): Promise<string> {
  if (config.manageLinkSecret) return Promise.resolve(config.manageLinkSecret);
  let secret = secrets.get(db);
  if (!secret) {
    secret = storedSecret(db, 'manage-links', randomBytes(32).toString('base64url'));
    secret.catch(() => secrets.delete(db));
    secrets.set(db, secret);
  }
  return secret;
}

const sign = (secret: string, bookingId: string) =>
  createHmac('sha256', secret).update(`manage-booking:${bookingId}`).digest('base64url');

/** The token of a guest booking's manage link: an HMAC of its id, so nothing needs storing. */
export async function makeManageToken(deps: { db: Db; config: ApiConfig }, bookingId: string) {
  return sign(await manageLinkSecret(deps), bookingId);
}

/** The path a message carries to let a guest open their booking without an account. */
export async function makeManageLink(
  deps: { db: Db; config: ApiConfig },
  booking: { id: string; code: string },
) {
  return `/bookings/${booking.code}?t=${await makeManageToken(deps, booking.id)}`;
}

export async function isManageTokenOf(
  deps: { db: Db; config: ApiConfig },
  bookingId: string,
  token: string,
): Promise<boolean> {
  const expected = Buffer.from(await makeManageToken(deps, bookingId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A booking made without an account carries its manage token to whoever may read it. */
export async function withManageToken<T extends { id: string; userId: string | null }>(
  deps: { db: Db; config: ApiConfig },
  booking: T,
): Promise<T & { manageToken?: string }> {
  if (booking.userId !== null) return booking;
  return { ...booking, manageToken: await makeManageToken(deps, booking.id) };
}
