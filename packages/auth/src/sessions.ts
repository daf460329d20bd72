import type { Db } from '@reserva/db';
import {
  deleteSession,
  findSessionWithUser,
  insertSession,
  type SessionUser,
  updateSessionExpiry,
} from './sessions.repository.js';
import { hashToken, randomToken } from './tokens.js';

/**
 * Sessions as the Lucia guide designs them: a random token lives only in the user's cookie; the
 * database keeps its SHA-256 as the session id, so a leaked table cannot be replayed. Expiry slides:
 * a session used in its second half is extended to a full lifetime again.
 */
export const SESSION_COOKIE = 'reserva_session';
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const RENEW_WHEN_LEFT_MS = SESSION_LIFETIME_MS / 2;

export interface IssuedSession {
  token: string;
  expiresAt: Date;
}

export interface ValidSession {
  sessionId: string;
  expiresAt: Date;
  /** True when this validation extended the expiry: the cookie should be sent again. */
  renewed: boolean;
  user: SessionUser;
  /** The venues a staff account works at (admins act everywhere; customers have none). */
  venueIds: string[];
}

export async function createSession(db: Db, userId: string, now = new Date()): Promise<IssuedSession> {
  const token = randomToken(20);
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  await insertSession(db, { id: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

export async function validateSessionToken(
  db: Db,
  token: string,
  now = new Date(),
): Promise<ValidSession | null> {
  const sessionId = hashToken(token);
  const row = await findSessionWithUser(db, sessionId);
  if (!row) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await deleteSession(db, sessionId);
    return null;
  }
  let expiresAt = row.expiresAt;
  const renewed = expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS;
  if (renewed) {
    expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
    await updateSessionExpiry(db, sessionId, expiresAt);
  }
  const { id, email, name, phone, role, venueIds } = row;
  return { sessionId, expiresAt, renewed, user: { id, email, name, phone, role }, venueIds };
}

export const invalidateSession = (db: Db, sessionId: string) => deleteSession(db, sessionId);
