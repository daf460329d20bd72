import { router } from '../../trpc.js';
import { payProcedure } from './pay.js';
import { quotePaymentProcedure } from './quote.js';
import { timelineProcedure } from './timeline.js';

export const paymentsRouter = router({
  quote: quotePaymentProcedure,
  pay: payProcedure,
  timeline: timelineProcedure,
});
