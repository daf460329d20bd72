import { slugSchema, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { venueDetailOutput } from '../../schemas/venue.js';
import { getVenue } from '../../services/venues.service.js';
import { publicProcedure } from '../../trpc.js';

export const getVenueInput = z.union([z.object({ id: uuidSchema }), z.object({ slug: slugSchema })]);

export const getVenueProcedure = publicProcedure
  .input(getVenueInput)
  .output(venueDetailOutput)
  .query(({ ctx, input }) => getVenue({ db: ctx.db, input }));
