import { venueKindSchema } from '@reserva/domain';
import { z } from 'zod';
import { listVenuesForAdmin } from '../../../services/admin-venues.service.js';
import { adminProcedure } from '../../../trpc.js';
import { adminVenueOutput } from './venue-schemas.js';

export const listAdminVenuesInput = z
  .object({ kind: venueKindSchema.optional(), includeInactive: z.boolean().default(true) })
  .default({ includeInactive: true });

/** Every venue, inactive ones too by default, with counts of places, layouts and upcoming events. */
export const listAdminVenuesProcedure = adminProcedure
  .meta({ venues: 'filtered' })
  .input(listAdminVenuesInput)
  .output(z.array(adminVenueOutput))
  .query(({ ctx, input }) => listVenuesForAdmin({ db: ctx.db, actor: ctx.actor, input }));
