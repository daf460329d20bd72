import { plainText } from '@reserva/domain';
import { z } from 'zod';
import { guestBookingDetailOutput } from '../../schemas/booking.js';
import { cardInput, idempotencyKeyInput } from '../../schemas/payment.js';
import { withManageToken } from '../../services/guest-access/manage-token.js';
import { checkoutHold } from '../../services/holds/checkout.js';
import { publicProcedure } from '../../trpc.js';
import { holdTokenInput } from './schemas.js';

export const checkoutInput = z.object({
  holdToken: holdTokenInput,
  payment: z.object({ method: z.literal('card'), card: cardInput }),
  idempotencyKey: idempotencyKeyInput,
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
