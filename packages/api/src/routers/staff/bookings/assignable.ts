import { RESOURCE_KINDS } from '@reserva/domain';
import { z } from 'zod';
import { listAssignablePlaces } from '../../../services/staff-assignable.service.js';
import { staffProcedure } from '../../../trpc.js';
import { bookingIdInput } from '../inputs.js';

export const assignablePlacesProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/staff/bookings/{id}/assignable',
      tags: ['staff'],
      protect: true,
      summary: 'Places a booking could be assigned to',
    },
  })
  .input(bookingIdInput)
  .output(
    z.object({
      kind: z.enum(RESOURCE_KINDS),
      resources: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          area: z.string().nullable(),
          capacity: z.number(),
          priceMinor: z.number(),
          current: z.boolean(),
        }),
      ),
    }),
  )
  .query(({ ctx, input }) => listAssignablePlaces({ db: ctx.db, input }));
