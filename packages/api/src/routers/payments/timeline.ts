import { paymentTimeline } from '../../services/payments/payment-timeline.js';
import { publicProcedure } from '../../trpc.js';
import { bookingRefOf, paymentBookingInput, timelineOutput } from './schemas.js';

/** Charges, refunds and fees of a booking, who and when: its owner, staff, or a guest by code. */
export const timelineProcedure = publicProcedure
  .input(paymentBookingInput)
  .output(timelineOutput)
  .query(({ ctx, input }) => paymentTimeline({ db: ctx.db, actor: ctx.actor, input: bookingRefOf(input) }));
