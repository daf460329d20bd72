import { quotePayment } from '../../services/payments/booking-money.js';
import { bookingReaderProcedure } from '../../trpc.js';
import { bookingRefOf, paymentBookingInput, paymentQuoteOutput } from './schemas.js';

/** What a booking owes and by when, what was paid and refunded, and its cancellation policy. */
export const quotePaymentProcedure = bookingReaderProcedure
  .input(paymentBookingInput)
  .output(paymentQuoteOutput)
  .query(({ ctx, input }) =>
    quotePayment({ db: ctx.db, actor: ctx.actor, config: ctx.config, input: bookingRefOf(input) }),
  );
