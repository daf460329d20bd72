import type { RouterOutputs } from '../api/trpc';

/** What a booking owes, paid and refunded, and its policy (payments.quote). */
export type PaymentQuote = RouterOutputs['payments']['quote'];
/** Charges, refunds and fees of a booking with its totals (payments.timeline). */
export type PaymentTimelineData = RouterOutputs['payments']['timeline'];
export type CancellationPolicyData = PaymentQuote['policy'];
export type TaxLine = NonNullable<PaymentQuote['tax']>;
