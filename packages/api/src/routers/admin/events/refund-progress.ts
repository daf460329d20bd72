import { EVENT_STATUSES, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { refundProgress } from '../../../services/refunds/event-refunds.js';
import { adminProcedure } from '../../../trpc.js';

export const refundProgressInput = z.object({ eventId: uuidSchema });

export const refundProgressProcedure = adminProcedure
  .input(refundProgressInput)
  .output(
    z.object({
      eventId: z.string(),
      eventStatus: z.enum(EVENT_STATUSES),
      /** Payments of the event's bookings being refunded or refunded: total = refunded + pending + failed. */
      total: z.number(),
      refunded: z.number(),
      pending: z.number(),
      /** Gave up after every retry: `retryRefunds` queues them again. */
      failed: z.number(),
      totalMinor: z.number(),
      refundedMinor: z.number(),
      /** The failed ones (up to 100), with the gateway's last error. */
      failures: z.array(
        z.object({
          paymentId: z.string(),
          bookingId: z.string(),
          bookingCode: z.string(),
          amountMinor: z.number(),
          attempts: z.number(),
          error: z.string().nullable(),
        }),
      ),
    }),
  )
  .query(({ ctx, input }) => refundProgress({ db: ctx.db, actor: ctx.actor, input }));
