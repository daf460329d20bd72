import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { retryBookingRefunds } from '../../../services/refunds/retry-booking-refunds.js';
import { staffProcedure } from '../../../trpc.js';

export const retryBookingRefundsInput = z.object({ bookingId: uuidSchema });

/** Queues the booking's failed refunds again (back to pending), for any kind of booking. */
export const retryBookingRefundsProcedure = staffProcedure
  .input(retryBookingRefundsInput)
  .output(z.object({ bookingId: z.string(), requeued: z.number() }))
  .mutation(({ ctx, input }) => retryBookingRefunds({ db: ctx.db, actor: ctx.actor, input }));
