import type { Db, User } from '@reserva/db';
import { sql } from 'kysely';

export type SessionUser = Pick<User, 'id' | 'email' | 'name' | 'phone' | 'role'>;

export const insertSession = (db: Db, session: { id: string; userId: string; expiresAt: Date }) =>
  db
    .insertInto('sessions')
    .values({ id: session.id, user_id: session.userId, expires_at: session.expiresAt })
    .execute();

export const findSessionWithUser = (db: Db, sessionId: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.expires_at as expiresAt',
      'users.id',
      'users.email',
      'users.name',
      'users.phone',
      'users.role',
      // Loaded with the session so scoping a staff call to its venues costs no extra round trip.
      sql<string[]>`array(SELECT venue_id FROM staff_venues WHERE user_id = users.id)`.as('venueIds'),
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();

export const updateSessionExpiry = (db: Db, sessionId: string, expiresAt: Date) =>
  db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', sessionId).execute();

export const deleteSession = (db: Db, sessionId: string) =>
  db.deleteFrom('sessions').where('id', '=', sessionId).execute();

export const deleteUserSessions = (db: Db, userId: string) =>
  db.deleteFrom('sessions').where('user_id', '=', userId).execute();
