import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { quoteCancellation } from '../../services/payments/booking-money.js';
import { cancelCauseOf } from '../../services/refunds/cancellation-refund.js';
import { bookingReaderProcedure } from '../../trpc.js';
import { cancelQuoteOutput } from '../payments/schemas.js';
import { STAFF_CANCEL_REASONS } from '../staff/bookings/cancel.js';

export const cancelQuoteInput = z.object({
  id: uuidSchema,
  /** Staff: the reason they will cancel with (it picks the rule); a customer's own cancel needs none. */
  reasonCode: z.enum(STAFF_CANCEL_REASONS).optional(),
});

/** "You will get back Rp X": what cancelling now refunds and keeps, by the venue's policy. */
export const cancelQuoteProcedure = bookingReaderProcedure
  .input(cancelQuoteInput)
  .output(cancelQuoteOutput)
  .query(({ ctx, input }) =>
    quoteCancellation({
      db: ctx.db,
      actor: ctx.actor,
      input: { id: input.id },
      cause: (staff) =>
        staff
          ? cancelCauseOf({ to: 'CANCELLED', reason: input.reasonCode ?? 'CUSTOMER_REQUEST' })
          : 'customer',
    }),
  );
