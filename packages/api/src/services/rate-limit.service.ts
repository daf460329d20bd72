import type { Db } from '@reserva/db';
import { rateLimited } from '@reserva/domain';
import {
  clearHits,
  deleteHitsBefore,
  readHits,
  recordHit,
  returnHit,
  takeHit,
} from '../repositories/rate-limits.repository.js';

export interface Limit {
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Limits kept in PostgreSQL rather than in memory, so they hold across every server process. Each
 * call counts (a tRPC batch of ten is ten attempts), and the check and the count are one statement,
 * so parallel calls cannot slip past a limit between them.
 */
export const LIMITS = {
  /** Wrong passwords per (account, address): a stranger elsewhere cannot lock the owner out. */
  loginFailuresPerAccountAddress: { name: 'login:account-ip', max: 10, windowSeconds: 15 * 60 },
  /** Wrong passwords per address over every account (credential stuffing from one place). */
  loginFailuresPerIp: { name: 'login:ip', max: 50, windowSeconds: 15 * 60 },
  /** Wrong passwords per account from anywhere: never refuses, only slows the account's logins. */
  loginFailuresPerAccount: { name: 'login:account', max: 2 ** 31 - 1, windowSeconds: 15 * 60 },
  registrationsPerIp: { name: 'register:ip', max: 30, windowSeconds: 60 * 60 },
  claimLookupsPerIp: { name: 'claim:ip', max: 30, windowSeconds: 10 * 60 },
  /** Staff desks look up many claim codes a day; a stolen staff session still cannot sweep them. */
  staffClaimLookupsPerIp: { name: 'staff-claim:ip', max: 300, windowSeconds: 10 * 60 },
  /** Failed booking-code lookups (unknown code, missing or wrong proof) per address. */
  codeLookupFailuresPerIp: { name: 'code:ip', max: 20, windowSeconds: 10 * 60 },
  /** Wrong proofs per booking code, from anywhere. */
  codeLookupFailuresPerCode: { name: 'code:code', max: 10, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/** Counters older than every window are of no use; the worker deletes them. */
const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(LIMITS).map((limit) => limit.windowSeconds));

const keyOf = (limit: Limit, subject: string) => `${limit.name}:${subject}`;

/** One limit on one subject, e.g. `[LIMITS.loginFailuresPerIp, ip]`. */
export type LimitOn = readonly [Limit, string];

/** Counts the attempt against each limit, or refuses it (counting nothing) when one is reached. */
export async function takeAttempts(db: Db, limits: readonly LimitOn[]): Promise<void> {
  const taken: LimitOn[] = [];
  for (const on of limits) {
    const [limit, subject] = on;
    if ((await takeHit(db, keyOf(limit, subject), limit.windowSeconds, limit.max)) === null) {
      await returnAttempts(db, taken);
      throw rateLimited();
    }
    taken.push(on);
  }
}

/** Gives attempts back: they turned out not to be failures. */
export async function returnAttempts(db: Db, limits: readonly LimitOn[]): Promise<void> {
  for (const [limit, subject] of limits) await returnHit(db, keyOf(limit, subject));
}

/**
 * Runs `attempt` as one counted failure against each limit: counted before it runs (so parallel
 * attempts cannot overtake the limit) and given back when it succeeds.
 */
export async function countedUnlessItSucceeds<T>(
  db: Db,
  limits: readonly LimitOn[],
  attempt: () => Promise<T>,
): Promise<T> {
  await takeAttempts(db, limits);
  const result = await attempt();
  await returnAttempts(db, limits);
  return result;
}

export const countAttempt = (db: Db, limit: Limit, subject: string) =>
  recordHit(db, keyOf(limit, subject), limit.windowSeconds);

export const readAttempts = (db: Db, limit: Limit, subject: string) =>
  readHits(db, keyOf(limit, subject), limit.windowSeconds);

/** Counts the attempt and refuses it when the limit is reached (for limits on every attempt). */
export const consumeAttempt = (db: Db, limit: Limit, subject: string) => takeAttempts(db, [[limit, subject]]);

export const resetAttempts = (db: Db, limit: Limit, subject: string) => clearHits(db, keyOf(limit, subject));

/** Deletes counters whose window has passed; run by the worker. */
export const pruneRateLimits = ({ db, now }: { db: Db; now: Date }) =>
  deleteHitsBefore(db, new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000));
