import { multiLineText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { idempotencyKeyInput } from '../../../schemas/payment.js';
import { refundByHand } from '../../../services/refunds/manual-refund.js';
import { staffProcedure } from '../../../trpc.js';
import { amountMinorInput, currencyInput } from '../../payments/schemas.js';

export const refundInput = z.object({
  bookingId: uuidSchema,
  amountMinor: amountMinorInput,
  reason: multiLineText('Say why the money goes back')
    .min(1, 'Say why the money goes back')
    .max(500, 'Keep the reason under 500 characters'),
  idempotencyKey: idempotencyKeyInput,
  currency: currencyInput,
});

export const refundOutput = z.object({
  refundId: z.string(),
  bookingId: z.string(),
  amountMinor: z.number(),
  currency: z.string(),
  status: z.enum(['PENDING', 'SUCCEEDED', 'FAILED']),
  reason: z.string().nullable(),
});

/** A refund by hand, whole or part, queued on the refund worker (admin only above the venue's threshold). */
export const refundProcedure = staffProcedure
  .input(refundInput)
  .output(refundOutput)
  .mutation(({ ctx, input }) => refundByHand({ db: ctx.db, actor: ctx.actor, input }));
