import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { getEvent } from '../../services/events/get-event.js';
import { publicProcedure } from '../../trpc.js';
import { eventDetailOutput } from './schemas.js';

export const getEventInput = z.object({ id: uuidSchema });

export const getEventProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/events/{id}',
      tags: ['events'],
      protect: false,
      summary: 'One showtime or trip',
    },
  })
  .input(getEventInput)
  .output(eventDetailOutput)
  .query(({ ctx, input }) => getEvent({ db: ctx.db, input }));
