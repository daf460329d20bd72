import { plainText } from '@reserva/domain';
import { z } from 'zod';

/** A card as the customer types it; only the gateway ever sees the number. */
export const cardInput = z.object({
  number: z
    .string()
    .trim()
    .regex(/^\d[\d -]{10,22}\d$/, 'Enter the card number (12 to 19 digits)')
    .refine((number) => {
      const digits = number.replace(/\D/g, '').length;
      return digits >= 12 && digits <= 19;
    }, 'Enter the card number (12 to 19 digits)'),
  expiry: z
    .string()
    .trim()
    .regex(/^(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})$/, 'Enter the expiry as MM/YY')
    .optional(),
  cvc: z
    .string()
    .trim()
    .regex(/^\d{3,4}$/, 'Enter the 3 or 4 digits on the back of the card')
    .optional(),
});

/** One per money-moving attempt, made by the client: a retry with the same key never acts twice. */
export const idempotencyKeyInput = plainText()
  .min(8, 'The idempotency key must be 8 to 100 characters')
  .max(100, 'The idempotency key must be 8 to 100 characters');
