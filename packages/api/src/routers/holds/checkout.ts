import { plainText } from '@reserva/domain';
import { z } from 'zod';
import { guestBookingDetailOutput } from '../../schemas/booking.js';
import { withManageToken } from '../../services/guest-access/manage-token.js';
import { checkoutHold } from '../../services/holds/checkout.js';
import { publicProcedure } from '../../trpc.js';
import { holdTokenInput } from './schemas.js';

const cardInput = z.object({
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

export const checkoutInput = z.object({
  holdToken: holdTokenInput,
  payment: z.object({ method: z.literal('card'), card: cardInput }),
  /** One per payment attempt, made by the client: a retry with the same key never charges twice. */
  idempotencyKey: plainText()
    .min(8, 'The idempotency key must be 8 to 100 characters')
    .max(100, 'The idempotency key must be 8 to 100 characters'),
});

export const checkoutProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/holds/checkout',
      tags: ['holds'],
      protect: false,
      summary: 'Pay for a hold by card; get the booking',
    },
  })
  .input(checkoutInput)
  .output(guestBookingDetailOutput)
  .mutation(async ({ ctx, input }) => {
    const { booking, token } = await checkoutHold({
      db: ctx.db,
      feed: ctx.feed,
      cardGateway: ctx.cardGateway,
      actor: ctx.actor,
      input,
      cookieToken: ctx.req.holdToken,
    });
    if (ctx.req.holdToken === token) ctx.req.clearHoldCookie();
    return withManageToken(ctx, booking);
  });
