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
  refund(request: {
    chargeReference: string;
    amountMinor: number;
    currency: string;
    idempotencyKey: string;
  }): Promise<{
    reference: string;
  }>;
}
