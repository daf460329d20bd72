import { paymentTimeline } from '../../services/payments/payment-timeline.js';
import { bookingReaderProcedure } from '../../trpc.js';
import { bookingRefOf, paymentBookingInput, timelineOutput } from './schemas.js';

/** Charges, refunds and fees of a booking, who and when: its owner, staff, or a guest by code. */
export const timelineProcedure = bookingReaderProcedure
  .input(paymentBookingInput)
  .output(timelineOutput)
  .query(({ ctx, input }) =>
    paymentTimeline({ db: ctx.db, actor: ctx.actor, config: ctx.config, input: bookingRefOf(input) }),
  );
