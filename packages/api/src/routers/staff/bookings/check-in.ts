import { bookingDetailOutput, bookingRefInput } from '../../../schemas/booking.js';
import { checkInBooking } from '../../../services/staff-actions.service.js';
import { staffProcedure } from '../../../trpc.js';

/** By id, or by the booking code the front desk scans. */
export const checkInBookingProcedure = staffProcedure
  .input(bookingRefInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => checkInBooking({ db: ctx.db, actor: ctx.actor, by: input }));
