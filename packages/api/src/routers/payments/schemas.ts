import { bookingCodeSchema, PAYMENT_STATUSES, plainText, REFUND_REASONS, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';
import { cancelFeeOutput, noShowFeeOutput } from '../../schemas/venue.js';

/** The token of a guest booking's manage link (`?t=` of the link; the booking's own answer carries it). */
export const manageTokenInput = plainText().min(1).max(200).optional();

/** `{ bookingId }`, or a guest's `{ code, manageToken }` (a code alone proves nothing). */
export const paymentBookingInput = z.union([
  z.object({ bookingId: uuidSchema }),
  z.object({ code: bookingCodeSchema, manageToken: manageTokenInput }),
]);

export const bookingRefOf = (
  input: { bookingId: string } | { code: string; manageToken?: string | undefined },
) => ('bookingId' in input ? { id: input.bookingId } : { code: input.code, manageToken: input.manageToken });

export const currencyInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'Use a three-letter currency code like IDR')
  .optional();

export const amountMinorInput = z
  .number('Give the amount in minor units')
  .int('Use whole minor units')
  .positive('The amount must be more than 0')
  .max(1_000_000_000_000, 'The amount is too large');

const taxOutput = z.object({ label: z.string(), percent: z.number(), amountMinor: z.number() }).nullable();

export const paymentQuoteOutput = z.object({
  bookingId: z.string(),
  code: z.string(),
  status: z.string(),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  currency: z.string(),
  /** What the booking costs up front: restaurant deposit, hotel stay (or first night), desk hours, seats. */
  owedMinor: z.number(),
  /** What is still to pay now (0 once paid). */
  dueMinor: z.number(),
  paidMinor: z.number(),
  /** Refunds done, waiting or failed. */
  refundedMinor: z.number(),
  /** Pay by then: a seat hold's expiry, else the booking's start. */
  dueBy: isoDateOutput,
  /** The procedure that pays it now, or null when nothing can be paid. */
  payWith: z.enum(['payments.pay', 'holds.checkout']).nullable(),
  tax: taxOutput,
  policy: z.object({
    cancelFreeHours: z.number(),
    freeUntil: isoDateOutput,
    cancelFee: cancelFeeOutput,
    noShowFee: noShowFeeOutput,
  }),
});

export const cancelQuoteOutput = z.object({
  bookingId: z.string(),
  refundMinor: z.number(),
  feeMinor: z.number(),
  currency: z.string(),
  reason: z.enum(REFUND_REASONS),
  /** The last instant a customer's cancellation is free. */
  freeUntil: isoDateOutput,
});

export const timelineOutput = z.object({
  bookingId: z.string(),
  code: z.string(),
  currency: z.string(),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  paidMinor: z.number(),
  refundedMinor: z.number(),
  refundPendingMinor: z.number(),
  feesKeptMinor: z.number(),
  netMinor: z.number(),
  tax: taxOutput,
  entries: z.array(
    z.object({
      kind: z.enum(['charge', 'refund', 'fee']),
      at: isoDateOutput,
      doneAt: isoDateOutput.nullable(),
      amountMinor: z.number(),
      status: z.string(),
      method: z.string().nullable(),
      reference: z.string().nullable(),
      by: z.string().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
