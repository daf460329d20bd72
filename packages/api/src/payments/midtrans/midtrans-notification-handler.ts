import type { Db } from '@reserva/db';
import { z } from 'zod';
import type { ChangeFeed } from '../../live/change-feed.js';
import { settleMidtransNotification } from '../../services/payments/settle-midtrans-notification.js';

const notificationSchema = z.object({
  order_id: z.string().min(1).max(50),
  status_code: z.string().regex(/^\d{3}$/),
  gross_amount: z.string().regex(/^\d+(\.\d+)?$/),
  signature_key: z.string().max(256),
  transaction_status: z.string().min(1).max(40),
  transaction_id: z.string().min(1).max(100),
  fraud_status: z.string().max(40).optional(),
});

/**
 * Answers Midtrans's HTTP notification (POST, JSON). Midtrans sends it again until it gets a 2xx,
 * so every notification we have read — settled, already settled or not ours — is answered 200; a
 * body that is not a notification is answered 400, and one not signed with our server key 401.
 */
export async function handleMidtransNotification(
  deps: { db: Db; feed: ChangeFeed; serverKey: string },
  body: unknown,
): Promise<{ statusCode: number; body: Record<string, unknown> }> {
  const parsed = notificationSchema.safeParse(body);
  if (!parsed.success) {
    const fields = Object.keys(z.flattenError(parsed.error).fieldErrors);
    return { statusCode: 400, body: { error: 'Not a Midtrans notification', fields } };
  }
  const result = await settleMidtransNotification({ ...deps, notification: parsed.data });
  if (result === 'forged') return { statusCode: 401, body: { error: 'The signature_key does not match' } };
  return { statusCode: 200, body: { result } };
}
