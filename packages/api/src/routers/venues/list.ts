import { venueKindSchema } from '@reserva/domain';
import { z } from 'zod';
import { venueSummaryOutput } from '../../schemas/venue.js';
import { listVenues } from '../../services/venues.service.js';
import { publicProcedure } from '../../trpc.js';

export const listVenuesInput = z.object({ kind: venueKindSchema.optional() }).default({});

export const listVenuesProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/venues',
      tags: ['venues'],
      protect: false,
      summary: 'List the active venues, of one kind when asked',
    },
  })
  .input(listVenuesInput)
  .output(z.array(venueSummaryOutput))
  .query(({ ctx, input }) => listVenues({ db: ctx.db, input }));
