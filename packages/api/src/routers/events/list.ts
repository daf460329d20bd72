import { EVENT_KINDS, plainText, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput } from '../../schemas/common.js';
import { listEvents } from '../../services/events/list-events.js';
import { publicProcedure } from '../../trpc.js';
import { eventSummaryOutput } from './schemas.js';

const place = plainText().min(1, 'Name a place').max(100, 'This place name is too long');

export const listEventsInput = z
  .object({
    venueId: uuidSchema.optional(),
    kind: z.enum(EVENT_KINDS).optional(),
    /** Events starting at or after `from` (default now) and before `to`. */
    from: instantInput.optional(),
    to: instantInput.optional(),
    /** Trips from / to this place, in any letter case. */
    origin: place.optional(),
    destination: place.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine((input) => !input.from || !input.to || input.to > input.from, {
    path: ['to'],
    message: 'The end of the range must be after its start',
  })
  .default({ limit: 100 });

export const listEventsProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/events',
      tags: ['events'],
      protect: false,
      summary: 'Showtimes and trips',
    },
  })
  .input(listEventsInput)
  .output(z.array(eventSummaryOutput))
  .query(({ ctx, input }) => listEvents({ db: ctx.db, input }));
