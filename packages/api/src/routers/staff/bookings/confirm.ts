import { bookingDetailOutput } from '../../../schemas/booking.js';
import { confirmBooking } from '../../../services/staff-actions.service.js';
import { staffProcedure } from '../../../trpc.js';
import { bookingIdInput } from '../inputs.js';

export const confirmBookingProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/bookings/{id}/confirm',
      tags: ['staff'],
      protect: true,
      summary: 'Confirm a pending booking',
    },
  })
  .input(bookingIdInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => confirmBooking({ db: ctx.db, actor: ctx.actor, by: input }));
