import { bookingDetailOutput } from '../../../schemas/booking.js';
import { markNoShow } from '../../../services/staff-actions.service.js';
import { staffProcedure } from '../../../trpc.js';
import { bookingIdInput } from '../inputs.js';

export const noShowBookingProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/bookings/{id}/no-show',
      tags: ['staff'],
      protect: true,
      summary: 'Mark a booking a no-show',
    },
  })
  .input(bookingIdInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => markNoShow({ db: ctx.db, actor: ctx.actor, by: input }));
