import { BOOKING_STATUSES, plainText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { bookingOutput } from '../../../schemas/booking.js';
import { listBookingsForStaff } from '../../../services/staff-bookings.service.js';
import { staffProcedure } from '../../../trpc.js';
import { instantInput } from '../inputs.js';

const statusInput = z.enum(BOOKING_STATUSES);

export const listStaffBookingsInput = z
  .object({
    venueId: uuidSchema.optional(),
    status: z.union([statusInput, z.array(statusInput).min(1, 'Choose at least one status')]).optional(),
    /** Bookings starting at or after `from` and before `to`. */
    from: instantInput.optional(),
    to: instantInput.optional(),
    /** Part of the contact name, phone or booking code. */
    q: plainText().min(1).max(100).optional(),
    skip: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(200).default(50),
    /** By start time: `asc` (default, the day's running order) or `desc` (latest first). */
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .refine((input) => !input.from || !input.to || input.to > input.from, {
    path: ['to'],
    message: 'The end of the range must be after its start',
  })
  .default({ skip: 0, limit: 50, order: 'asc' });

export const listStaffBookingsProcedure = staffProcedure
  .meta({
    venues: 'filtered',
    openapi: {
      method: 'GET',
      path: '/staff/bookings',
      tags: ['staff'],
      protect: true,
      summary: 'Bookings of every venue, filtered',
    },
  })
  .input(listStaffBookingsInput)
  .output(z.object({ items: z.array(bookingOutput), total: z.number() }))
  .query(({ ctx, input }) => listBookingsForStaff({ db: ctx.db, actor: ctx.actor, input }));
