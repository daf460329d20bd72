import { multiLineText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { cancelEvent } from '../../../services/admin-event-cancel.service.js';
import { adminProcedure } from '../../../trpc.js';

export const cancelEventInput = z.object({
  id: uuidSchema,
  /** Shown to customers as the cancellation's description. */
  reason: multiLineText('Say why the event is cancelled')
    .min(1, 'Say why the event is cancelled')
    .max(500, 'Keep the reason under 500 characters'),
});

/**
 * Cancels the event, every booking and hold on it, and queues one refund per paid booking, in one
 * transaction. Refunds run in the background: follow them with `refundProgress`.
 */
export const cancelEventProcedure = adminProcedure
  .input(cancelEventInput)
  .output(
    z.object({
      id: z.string(),
      status: z.literal('cancelled'),
      cancelledAt: isoDateOutput,
      /** Confirmed (or checked-in) bookings cancelled. */
      cancelledBookings: z.number(),
      /** Unpaid holds cancelled. */
      releasedHolds: z.number(),
      seatsFreed: z.number(),
      refundsQueued: z.number(),
    }),
  )
  .mutation(({ ctx, input }) => cancelEvent({ db: ctx.db, feed: ctx.feed, actor: ctx.actor, input }));
