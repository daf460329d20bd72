import { hashToken, randomToken } from '@reserva/auth';
import type { Db } from '@reserva/db';
import { DomainError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { lockHold, rotateHoldToken } from '../../repositories/holds.repository.js';
import { consumeAttempt, LIMITS } from '../rate-limit.service.js';
import { isLiveHold, loadLiveHold } from './hold-view.js';

/** Unknown and expired codes get the same answer: a guesser learns nothing. */
const noSuchClaim = () => new DomainError('NotFound', 'No active hold has this claim code', 'claimCode');

/**
 * Moves a hold to the device that knows its claim code: a new token (returned, and set as the hold
 * cookie) replaces the old one, which stops working. Every lookup counts against the caller's IP.
 */
export async function claimHold({
  db,
  actor,
  input,
  ip,
  now = new Date(),
}: {
  db: Db;
  actor: Actor | null;
  input: { claimCode: string };
  ip: string;
  now?: Date;
}) {
  await consumeAttempt(db, LIMITS.claimLookupsPerIp, ip);
  const holdToken = randomToken(20);
  const tokenHash = hashToken(holdToken);
  await db.transaction().execute(async (trx) => {
    const hold = await lockHold(trx, { claimCode: input.claimCode });
    if (!hold || !isLiveHold(hold, now)) throw noSuchClaim();
    await rotateHoldToken(trx, hold.id, tokenHash, actor?.kind === 'user' ? actor.userId : null);
  });
  const hold = await loadLiveHold(db, { tokenHash }, now);
  return { ...hold, holdToken };
}
