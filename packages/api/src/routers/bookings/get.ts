import { bookingDetailOutput, bookingRefInput } from '../../schemas/booking.js';
import { getBookingFor } from '../../services/booking-view.service.js';
import { publicProcedure } from '../../trpc.js';

export const getBookingProcedure = publicProcedure
  .input(bookingRefInput)
  .output(bookingDetailOutput)
  .query(({ ctx, input }) => getBookingFor({ db: ctx.db, actor: ctx.actor, input }));
