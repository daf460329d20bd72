/** A card as the customer typed it; only the gateway ever sees the number. */
export interface CardDetails {
  number: string;
  expiry?: string | undefined;
  cvc?: string | undefined;
}

export type ChargeResult =
  | { outcome: 'succeeded'; reference: string; last4: string }
  | { outcome: 'declined'; reason: string; last4: string };

/**
 * A failure that may pass: the gateway was unreachable or answered 5xx. Retrying with the same
 * idempotency key is safe: the gateway never acts twice on one key.
 */
export class TransientGatewayError extends Error {
  constructor(message = 'The payment gateway did not answer; try again') {
    super(message);
    this.name = 'TransientGatewayError';
  }
}

export interface CardGateway {
  charge(request: {
    amountMinor: number;
    currency: string;
    card: CardDetails;
    idempotencyKey: string;
  }): Promise<ChargeResult>;
  /**
   * What the gateway did under this charge's idempotency key: the charge's result, or null when it
   * never charged under it. How a crash between the charge and our commit is repaired.
   */
  lookup(idempotencyKey: string): Promise<ChargeResult | null>;
  /**
   * Refunds `amountMinor` of a charge: several refunds (each idempotent by its key) may share a
   * charge, never more in total than was charged.
   */
  refund(request: {
    chargeReference: string;
    amountMinor: number;
    currency: string;
    idempotencyKey: string;
  }): Promise<{
    reference: string;
  }>;
}
