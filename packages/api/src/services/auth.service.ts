import { setTimeout as sleep } from 'node:timers/promises';
import {
  burnPasswordCheck,
  createSession,
  hashPassword,
  type IssuedSession,
  invalidateSession,
  passwordWeakness,
  verifyPassword,
} from '@reserva/auth';
import type { Db } from '@reserva/db';
import { unauthorized, validationError } from '@reserva/domain';
import { findUserForLogin, insertUser, type PublicUser } from '../repositories/users.repository.js';
import {
  consumeAttempt,
  countAttempt,
  LIMITS,
  type LimitOn,
  readAttempts,
  resetAttempts,
  returnAttempts,
  takeAttempts,
} from './rate-limit.service.js';

export interface RegisterInput {
  email: string;
  password: string;
  name: string;
  phone?: string | undefined;
}

export async function register({ db, input, ip }: { db: Db; input: RegisterInput; ip: string }) {
  const weakness = passwordWeakness(input.password, [input.email, input.name]);
  if (weakness) throw validationError('password', weakness);
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

/**
 * How long a login waits once its account has had many wrong passwords from anywhere: guessing
 * slows to a crawl, while the owner, from an address of their own, still gets in.
 */
export const loginSlowdownMs = (accountFailures: number) =>
  accountFailures <= 5 ? 0 : Math.min(100 * (accountFailures - 5), 2000);

export async function login({
  db,
  input,
  ip,
}: {
  db: Db;
  input: { email: string; password: string };
  ip: string;
}): Promise<{ user: PublicUser; session: IssuedSession }> {
  const perIp: LimitOn = [LIMITS.loginFailuresPerIp, ip];
  const perAccountAddress: LimitOn = [LIMITS.loginFailuresPerAccountAddress, `${input.email}|${ip}`];
  await takeAttempts(db, [perIp, perAccountAddress]);
  const slowdown = loginSlowdownMs(await readAttempts(db, LIMITS.loginFailuresPerAccount, input.email));
  if (slowdown > 0) await sleep(slowdown);
  const user = await findUserForLogin(db, input.email);
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnPasswordCheck(input.password).then(() => false);
  if (!user || !valid) {
    await countAttempt(db, LIMITS.loginFailuresPerAccount, input.email);
    throw unauthorized('Email or password is incorrect');
  }
  await returnAttempts(db, [perIp]);
  await resetAttempts(db, ...perAccountAddress);
  const { passwordHash: _, ...publicUser } = user;
  return { user: publicUser, session: await createSession(db, user.id) };
}

export const logout = ({ db, sessionId }: { db: Db; sessionId: string }) => invalidateSession(db, sessionId);
