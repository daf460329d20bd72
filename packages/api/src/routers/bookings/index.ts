import { router } from '../../trpc.js';
import { cancelBookingProcedure } from './cancel.js';
import { cancelQuoteProcedure } from './cancel-quote.js';
import { createBookingProcedure } from './create.js';
import { getBookingProcedure } from './get.js';
import { myBookingsProcedure } from './mine.js';

export const bookingsRouter = router({
  create: createBookingProcedure,
  get: getBookingProcedure,
  mine: myBookingsProcedure,
  cancel: cancelBookingProcedure,
  cancelQuote: cancelQuoteProcedure,
});
