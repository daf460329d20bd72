import { plainText } from '@reserva/domain';
import { z } from 'zod';
import { bookingOutput } from '../../schemas/booking.js';
import { listMyBookings } from '../../services/my-bookings.service.js';
import { userProcedure } from '../../trpc.js';

export const myBookingsInput = z
  .object({
    cursor: plainText().max(200).nullish(),
    limit: z.number().int().min(1).max(100).default(20),
  })
  .default({ limit: 20 });

export const myBookingsProcedure = userProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/bookings/mine',
      tags: ['bookings'],
      protect: true,
      summary: 'My bookings (a signed-in person)',
    },
  })
  .input(myBookingsInput)
  .output(z.object({ items: z.array(bookingOutput), nextCursor: z.string().nullable() }))
  .query(({ ctx, input }) =>
    listMyBookings({
      db: ctx.db,
      userId: ctx.actor.userId,
      input: { cursor: input.cursor ?? undefined, limit: input.limit },
    }),
  );
