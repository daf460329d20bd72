import { z } from 'zod';
import { createVenue } from '../../../services/admin-venues.service.js';
import { adminProcedure } from '../../../trpc.js';
import { adminVenueOutput, venueFieldsInput } from './venue-schemas.js';

const { slug, kind, name, ...optional } = venueFieldsInput;

export const createVenueInput = z.object(optional).partial().extend({ slug, kind, name });

/** A duplicate slug is CONFLICT on `slug`. */
export const createVenueProcedure = adminProcedure
  .input(createVenueInput)
  .output(adminVenueOutput)
  .mutation(({ ctx, input }) => createVenue({ db: ctx.db, actor: ctx.actor, input }));
