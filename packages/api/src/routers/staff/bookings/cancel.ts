import { multiLineText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingDetailOutput } from '../../../schemas/booking.js';
import { cancelBookingByStaff } from '../../../services/staff-actions.service.js';
import { staffProcedure } from '../../../trpc.js';

export const STAFF_CANCEL_REASONS = ['CUSTOMER_REQUEST', 'NO_SHOW', 'VENUE_CLOSED', 'OTHER'] as const;

export const staffCancelBookingInput = z.object({
  id: uuidSchema,
  reasonCode: z.enum(STAFF_CANCEL_REASONS, `Choose one of: ${STAFF_CANCEL_REASONS.join(', ')}`),
  description: multiLineText('Say why the booking is cancelled')
    .min(1, 'Say why the booking is cancelled')
    .max(500, 'Keep the description under 500 characters'),
});

export const staffCancelBookingProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/bookings/{id}/cancel',
      tags: ['staff'],
      protect: true,
      summary: 'Cancel a booking with a reason',
    },
  })
  .input(staffCancelBookingInput)
  .output(bookingDetailOutput)
  .mutation(({ ctx, input: { id, ...reason } }) =>
    cancelBookingByStaff({ db: ctx.db, actor: ctx.actor, by: { id } }, reason),
  );
