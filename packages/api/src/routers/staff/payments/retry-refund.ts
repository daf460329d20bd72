import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { retryBookingRefunds } from '../../../services/refunds/event-refunds.js';
import { staffProcedure } from '../../../trpc.js';

export const retryRefundInput = z.object({ bookingId: uuidSchema });

/** Queues a booking's failed refunds (REFUND_FAILED) again; a second call finds nothing to queue. */
export const retryRefundProcedure = staffProcedure
  .input(retryRefundInput)
  .output(z.object({ bookingId: z.string(), requeued: z.number() }))
  .mutation(({ ctx, input }) => retryBookingRefunds({ db: ctx.db, actor: ctx.actor, input }));
