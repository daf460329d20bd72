import {
  emailSchema,
  localDateSchema,
  multiLineText,
  nameSchema,
  phoneSchema,
  plainText,
  uuidSchema,
} from '@reserva/domain';
import { z } from 'zod';
import { guestBookingDetailOutput } from '../../schemas/booking.js';
import { instantInput } from '../../schemas/common.js';
import { createBooking } from '../../services/bookings/create-booking.service.js';
import { withManageToken } from '../../services/guest-access/manage-token.js';
import { idempotentProcedure } from '../../services/idempotency/idempotent-procedure.js';

export const createBookingInput = z.object({
  venueId: uuidSchema,
  /** Restaurant and coworking: the start instant; `end` or `durationMinutes` (else the venue default). */
  start: instantInput.optional(),
  end: instantInput.optional(),
  durationMinutes: z.number().int().min(1, 'Duration must be at least 1 minute').max(1440).optional(),
  /** Hotel: venue-local dates of arrival and departure. */
  checkIn: localDateSchema.optional(),
  checkOut: localDateSchema.optional(),
  partySize: z
    .number()
    .int()
    .min(1, 'Party size must be at least 1')
    .max(500, 'Party size is too large')
    .default(1),
  resourceId: uuidSchema.optional(),
  roomType: plainText().min(1).max(60).optional(),
  area: plainText().min(1).max(60).optional(),
  contact: z.object({ name: nameSchema, phone: phoneSchema, email: emailSchema.optional() }).optional(),
  notes: multiLineText().max(500, 'Notes are limited to 500 characters').optional(),
});

export const createBookingProcedure = idempotentProcedure()
  .meta({
    openapi: {
      method: 'POST',
      path: '/bookings',
      tags: ['bookings'],
      protect: false,
      summary: 'Book a table, desk or room',
    },
  })
  .input(createBookingInput)
  .output(guestBookingDetailOutput)
  .mutation(async ({ ctx, input }) =>
    withManageToken(ctx, await createBooking({ db: ctx.db, actor: ctx.actor, input })),
  );
