import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { createResource } from '../../../services/admin-resources.service.js';
import { adminProcedure } from '../../../trpc.js';
import {
  adminResourceOutput,
  adminResourceStatusInput,
  areaInput,
  capacityInput,
  positionInput,
  resourceLabelInput,
  resourcePriceInput,
} from './resource-schemas.js';

/** The kind follows the venue: restaurant → table, coworking → desk, hotel → room. */
export const createResourceInput = z.object({
  venueId: uuidSchema,
  label: resourceLabelInput,
  capacity: capacityInput.default(1),
  area: areaInput.optional(),
  priceMinor: resourcePriceInput.default(0),
  status: adminResourceStatusInput.default('available'),
  ...positionInput,
});

/** A label the venue already uses is CONFLICT on `label`. */
export const createResourceProcedure = adminProcedure
  .input(createResourceInput)
  .output(adminResourceOutput)
  .mutation(({ ctx, input }) => createResource({ db: ctx.db, actor: ctx.actor, input }));
