import type { Db } from '@reserva/db';
import type { ChangeFeed } from '../../live/change-feed.js';
import { amountOf } from '../../payments/midtrans/midtrans-api.js';
import { chargeStateOf } from '../../payments/midtrans/midtrans-gateway.js';
import { keyOfOrder } from '../../payments/midtrans/midtrans-orders.repository.js';
import { isSignedByMidtrans } from '../../payments/midtrans/midtrans-signature.js';
import { SYSTEM } from '../actor.js';
import { paymentWrittenHere } from './payment-writes.repository.js';
import { findPaymentByKey } from './payments.repository.js';
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
  /** The payment was PENDING and now says what Midtrans said (or a late charge is being refunded). */
  | 'settled'
  /** The payment had already been settled (by its checkout or an earlier notification). */
  | 'unchanged'
  /** Nothing to settle: an undecided charge, a refund, an order not ours, or an amount not ours. */
  | 'ignored';

/**
 * Settles the card payment a Midtrans HTTP notification is about, exactly once: a charge taken
 * completes its booking (or, if the booking ended meanwhile, is refunded), a charge denied,
 * cancelled or expired fails the payment; a charge taken for a payment already given up on
 * (FAILED) is refunded. The checkout settles the same payment from the charge's own answer, and
 * the reconciler from a lookup; whichever comes first wins and the others change nothing. A
 * notification repairs a payment left PENDING by a process that died after charging at once,
 * without waiting for the reconciler.
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
  // A charge that lands after its payment was given up on (FAILED) still goes back to the customer.
  const late = payment.status === 'FAILED' && state === 'charged';
  if (payment.status !== 'PENDING' && !late) return 'unchanged';

  const outcome: ChargeOutcome =
    state === 'charged'
      ? { outcome: 'succeeded', reference: notification.transaction_id }
      : { outcome: 'declined', reason: DECLINED };
  // Another notification (or the checkout) may settle it first while this one waits for the locks.
  const settledHere = await db.transaction().execute(async (trx) => {
    await settleCharge(trx, feed, payment, outcome, { ...SYSTEM, payerId: null });
    return paymentWrittenHere(trx, payment.id);
  });
  return settledHere ? 'settled' : 'unchanged';
}
