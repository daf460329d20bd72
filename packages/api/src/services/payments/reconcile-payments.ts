import type { Db } from '@reserva/db';
import type { ChangeFeed } from '../../live/change-feed.js';
import { type CardGateway, TransientGatewayError } from '../../payments/provider.js';
import { SYSTEM } from '../actor.js';
import { stalePendingPayments } from './payments.repository.js';
import { type ChargeOutcome, settleCharge } from './settle-charge.js';

/** How old a PENDING card payment must be before the reconciler asks the gateway about it. */
export const DEFAULT_RECONCILE_AFTER_SECONDS = 60;
const BATCH_SIZE = 100;

export interface ReconcileResult {
  checked: number;
  /** The gateway charged: the booking completed, or (if it could not be) the charge is being refunded. */
  charged: number;
  /** The gateway never charged (or declined): FAILED, the booking left as it is. */
  failed: number;
  /** The gateway did not answer: asked again on the next round. */
  unanswered: number;
}

/**
 * Repairs card payments left PENDING by a process that died between the charge and its commit (or
 * before the charge): asks the gateway by the payment's idempotency key and settles the payment with
 * what it says, through the same path a live checkout takes (`settleCharge`). A charge that landed
 * completes the booking if it still can (seats still held, time-slot booking still active) and is
 * refunded otherwise; only a payment the gateway has no charge for, or declined, becomes FAILED.
 */
export async function reconcilePendingPayments({
  db,
  feed,
  cardGateway,
  now = new Date(),
  olderThanSeconds = DEFAULT_RECONCILE_AFTER_SECONDS,
}: {
  db: Db;
  feed: ChangeFeed;
  cardGateway: CardGateway;
  now?: Date;
  olderThanSeconds?: number;
}): Promise<ReconcileResult> {
  const before = new Date(now.getTime() - olderThanSeconds * 1000);
  const stale = await stalePendingPayments(db, { before, limit: BATCH_SIZE });
  const result: ReconcileResult = { checked: stale.length, charged: 0, failed: 0, unanswered: 0 };
  for (const payment of stale) {
    let outcome: ChargeOutcome;
    try {
      const found = await cardGateway.lookup(payment.idempotencyKey);
      outcome = !found
        ? { outcome: 'never-charged' }
        : found.outcome === 'succeeded'
          ? { outcome: 'succeeded', reference: found.reference }
          : { outcome: 'declined', reason: found.reason };
    } catch (error) {
      if (!(error instanceof TransientGatewayError)) throw error;
      result.unanswered += 1;
      continue;
    }
    const settled = await db
      .transaction()
      .execute((trx) => settleCharge(trx, feed, payment, outcome, { ...SYSTEM, payerId: null }));
    if (settled.status === 'FAILED') result.failed += 1;
    else if (settled.status !== 'PENDING') result.charged += 1;
  }
  return result;
}
