import { bookingDetailOutput } from '../../../schemas/booking.js';
import { completeBooking } from '../../../services/staff-actions.service.js';
import { staffProcedure } from '../../../trpc.js';
import { bookingIdInput } from '../inputs.js';

/** The guests have left; for a hotel this is the check-out. */
export const completeBookingProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/bookings/{id}/complete',
      tags: ['staff'],
      protect: true,
      summary: 'Mark a checked-in booking completed',
    },
  })
  .input(bookingIdInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => completeBooking({ db: ctx.db, actor: ctx.actor, by: input }));
