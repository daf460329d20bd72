import {
  burnPasswordCheck,
  createSession,
  hashPassword,
  type IssuedSession,
  invalidateSession,
  verifyPassword,
} from '@reserva/auth';
import type { Db } from '@reserva/db';
import { unauthorized } from '@reserva/domain';
import { findUserForLogin, insertUser, type PublicUser } from '../repositories/users.repository.js';
import {
  assertUnderLimit,
  consumeAttempt,
  countAttempt,
  LIMITS,
  resetAttempts,
} from './rate-limit.service.js';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  phone?: string | undefined;
}

export async function register({ db, input, ip }: { db: Db; input: RegisterInput; ip: string }) {
  await consumeAttempt(db, LIMITS.registrationsPerIp, ip);
  const user = await insertUser(db, {
    email: input.email,
    name: input.name,
    phone: input.phone ?? null,
    password_hash: await hashPassword(input.password),
  });
  const session = await createSession(db, user.id);
  return { user, session };
}

export async function login({
  db,
  input,
  ip,
}: {
  db: Db;
  input: { email: string; password: string };
  ip: string;
}): Promise<{ user: PublicUser; session: IssuedSession }> {
  await assertUnderLimit(db, LIMITS.loginFailuresPerIp, ip);
  await assertUnderLimit(db, LIMITS.loginFailuresPerEmail, input.email);
  const user = await findUserForLogin(db, input.email);
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password).then(() => false);
  if (!user || !valid) {
    await countAttempt(db, LIMITS.loginFailuresPerIp, ip);
    await countAttempt(db, LIMITS.loginFailuresPerEmail, input.email);
    throw unauthorized('Email or password is incorrect');
  }
  await resetAttempts(db, LIMITS.loginFailuresPerEmail, input.email);
  const { passwordHash: _, ...publicUser } = user;
  return { user: publicUser, session: await createSession(db, user.id) };
}

export const logout = ({ db, sessionId }: { db: Db; sessionId: string }) => invalidateSession(db, sessionId);
