import type { Db } from '@reserva/db';
import type { ChangeFeed } from '../../live/change-feed.js';
import { amountOf } from '../../payments/midtrans/midtrans-api.js';
import { chargeStateOf } from '../../payments/midtrans/midtrans-gateway.js';
import { keyOfOrder } from '../../payments/midtrans/midtrans-orders.repository.js';
import { isSignedByMidtrans } from '../../payments/midtrans/midtrans-signature.js';
import { findPaymentByKey } from '../../repositories/payments.repository.js';
import { SYSTEM } from '../actor.js';
import { type ChargeOutcome, DECLINED, settleCharge } from './settle-charge.js';

export interface MidtransNotification {
  order_id: string;
  status_code: string;
  gross_amount: string;
  signature_key: string;
  transaction_status: string;
  transaction_id: string;
  fraud_status?: string | undefined;
}

/** Refunds and chargebacks are ours to track (the refund worker's); they settle no charge. */
const AFTER_THE_CHARGE = new Set(['refund', 'partial_refund', 'chargeback', 'partial_chargeback']);

export type NotificationResult =
  /** Not signed with our server key: nothing was read or changed. */
  | 'forged'
  /** The payment was PENDING and now says what Midtrans said. */
  | 'settled'
  /** The payment had already been settled (by its checkout or an earlier notification). */
  | 'unchanged'
  /** Nothing to settle: an undecided charge, a refund, an order not ours, or an amount not ours. */
  | 'ignored';

/**
 * Settles the card payment a Midtrans HTTP notification is about, exactly once: a charge taken
 * completes its booking (or, if the booking ended meanwhile, is refunded), a charge denied,
 * cancelled or expired fails the payment. The checkout settles the same payment from the charge's
 * own answer; whichever comes first wins and the other changes nothing. A notification is how a
 * payment left PENDING by a process that died after charging is repaired at once.
 */
export async function settleMidtransNotification({
  db,
  feed,
  serverKey,
  notification,
}: {
  db: Db;
  feed: ChangeFeed;
  serverKey: string;
  notification: MidtransNotification;
}): Promise<NotificationResult> {
  if (!isSignedByMidtrans(notification, serverKey)) return 'forged';
  const state = chargeStateOf(notification);
  if (state === 'undecided' || AFTER_THE_CHARGE.has(notification.transaction_status)) return 'ignored';
  const key = await keyOfOrder(db, notification.order_id);
  const payment = key === undefined ? undefined : await findPaymentByKey(db, key);
  if (!payment || amountOf(notification.gross_amount) !== payment.amountMinor) return 'ignored';
  if (payment.status !== 'PENDING') return 'unchanged';

  const outcome: ChargeOutcome =
    state === 'charged'
      ? { outcome: 'succeeded', reference: notification.transaction_id }
      : { outcome: 'declined', reason: DECLINED };
  const settled = await db
    .transaction()
    .execute((trx) => settleCharge(trx, feed, payment, outcome, { ...SYSTEM, payerId: null }));
  return settled.status === payment.status ? 'unchanged' : 'settled';
}
