import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { retryRefunds } from '../../../services/refunds/event-refunds.js';
import { adminProcedure } from '../../../trpc.js';

export const retryRefundsInput = z.object({ eventId: uuidSchema });

/** Queues every failed refund of the event again (back to pending). */
export const retryRefundsProcedure = adminProcedure
  .input(retryRefundsInput)
  .output(z.object({ eventId: z.string(), requeued: z.number() }))
  .mutation(({ ctx, input }) => retryRefunds({ db: ctx.db, actor: ctx.actor, input }));
