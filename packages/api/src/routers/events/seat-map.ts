import { EVENT_STATUSES, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { getSeatMap, SEAT_MAP_STATUSES } from '../../services/events/seat-map.js';
import { publicProcedure } from '../../trpc.js';
import { holdTokenInput } from '../holds/schemas.js';
import { mapLayoutOutput } from './schemas.js';

export const seatMapInput = z.object({
  eventId: uuidSchema,
  /** Whose seats are "heldByYou"; the hold cookie when omitted. */
  holdToken: holdTokenInput,
});

export const seatMapOutput = z.object({
  eventId: z.string(),
  eventStatus: z.enum(EVENT_STATUSES),
  currency: z.string(),
  maxSeatsPerHold: z.number(),
  layout: mapLayoutOutput,
  seats: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      row: z.number().nullable(),
      col: z.number().nullable(),
      seatClass: z.string().nullable(),
      priceMinor: z.number(),
      status: z.enum(SEAT_MAP_STATUSES),
    }),
  ),
  /** Subscribe to events.onSeatChange with this as lastEventId to miss no later change. */
  lastChangeId: z.string(),
});

export const seatMapProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/events/{eventId}/seat-map',
      tags: ['events'],
      protect: false,
      summary: 'Every seat of an event with its status',
    },
  })
  .input(seatMapInput)
  .output(seatMapOutput)
  .query(({ ctx, input }) => getSeatMap({ db: ctx.db, input, cookieToken: ctx.req.holdToken }));
