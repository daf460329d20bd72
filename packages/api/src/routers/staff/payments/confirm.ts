import { claimCodeSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../../schemas/booking.js';
import { confirmOfflinePayment } from '../../../services/holds/offline-payment.js';
import { staffProcedure } from '../../../trpc.js';

export const confirmPaymentInput = z.object({ claimCode: claimCodeSchema });

/** The customer paid offline: confirms the hold and issues its booking code. */
export const confirmPaymentProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/payments/confirm',
      tags: ['staff'],
      protect: true,
      summary: 'Record an offline payment for a claim code',
    },
  })
  .input(confirmPaymentInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) =>
    confirmOfflinePayment({ db: ctx.db, feed: ctx.feed, actor: ctx.actor, input, ip: ctx.req.ip }),
  );
