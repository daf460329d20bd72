import { createHash, timingSafeEqual } from 'node:crypto';

export interface SignedFields {
  order_id: string;
  status_code: string;
  gross_amount: string;
}

/** Midtrans's notification signature: SHA-512 of order id, status code, gross amount and server key. */
export const midtransSignature = (fields: SignedFields, serverKey: string) =>
  createHash('sha512')
    .update(`${fields.order_id}${fields.status_code}${fields.gross_amount}${serverKey}`)
    .digest('hex');

/** Whether a notification was signed with our server key, compared in constant time. */
export function isSignedByMidtrans(fields: SignedFields & { signature_key: string }, serverKey: string) {
  const expected = Buffer.from(midtransSignature(fields, serverKey), 'hex');
  const given = /^[0-9a-f]{128}$/i.test(fields.signature_key)
    ? Buffer.from(fields.signature_key, 'hex')
    : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
