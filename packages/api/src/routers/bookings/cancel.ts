import { multiLineText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../schemas/booking.js';
import { cancelOwnBooking } from '../../services/cancel-booking.service.js';
import { userProcedure } from '../../trpc.js';

export const cancelBookingInput = z.object({
  id: uuidSchema,
  reasonCode: z.enum(['CUSTOMER_REQUEST', 'OTHER']).default('CUSTOMER_REQUEST'),
  description: multiLineText().max(500).optional(),
});

export const cancelBookingProcedure = userProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/bookings/{id}/cancel',
      tags: ['bookings'],
      protect: true,
      summary: 'Cancel my booking',
    },
  })
  .input(cancelBookingInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input }) => cancelOwnBooking({ db: ctx.db, actor: ctx.actor, input }));
