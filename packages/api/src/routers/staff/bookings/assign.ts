import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../../schemas/booking.js';
import { assignBookingResource } from '../../../services/staff-assign.service.js';
import { staffProcedure } from '../../../trpc.js';

export const assignBookingInput = z.object({
  id: uuidSchema,
  /** The table, desk or room; must be the booking's venue's, available, and big enough. */
  resourceId: uuidSchema,
});

/** Assigns a place to a booking, or moves it to another one. */
export const assignBookingProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/bookings/{id}/assign',
      tags: ['staff'],
      protect: true,
      summary: 'Assign or move a booking to a place',
    },
  })
  .input(assignBookingInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => assignBookingResource({ db: ctx.db, actor: ctx.actor, input }));
