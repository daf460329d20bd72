import type { Db } from '@reserva/db';
import { rateLimited } from '@reserva/domain';
import { clearHits, readHits, recordHit } from '../repositories/rate-limits.repository.js';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Limits kept in PostgreSQL rather than in memory, so they hold across every server process.
 * Login counts only failures: a user who signs in often is never locked out by success.
 */
export const LIMITS = {
  loginFailuresPerEmail: { name: 'login:email', max: 10, windowSeconds: 15 * 60 },
  loginFailuresPerIp: { name: 'login:ip', max: 50, windowSeconds: 15 * 60 },
  registrationsPerIp: { name: 'register:ip', max: 30, windowSeconds: 60 * 60 },
  claimLookupsPerIp: { name: 'claim:ip', max: 30, windowSeconds: 10 * 60 },
} satisfies Record<string, Limit>;

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

export async function assertUnderLimit(db: Db, limit: Limit, subject: string): Promise<void> {
  if ((await readHits(db, keyOf(limit, subject), limit.windowSeconds)) >= limit.max) throw rateLimited();
}

export async function countAttempt(db: Db, limit: Limit, subject: string): Promise<void> {
  await recordHit(db, keyOf(limit, subject), limit.windowSeconds);
}

/** Counts the attempt and refuses it when it goes over the limit (for limits on every attempt). */
export async function consumeAttempt(db: Db, limit: Limit, subject: string): Promise<void> {
  if ((await recordHit(db, keyOf(limit, subject), limit.windowSeconds)) > limit.max) throw rateLimited();
}

export const resetAttempts = (db: Db, limit: Limit, subject: string) => clearHits(db, keyOf(limit, subject));
