import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { updateResource } from '../../../services/admin-resources.service.js';
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

/** Every field but `id` is optional. Seats are refused: they change through their layout. */
export const updateResourceInput = z.object({
  id: uuidSchema,
  label: resourceLabelInput.optional(),
  capacity: capacityInput.optional(),
  area: areaInput.optional(),
  priceMinor: resourcePriceInput.optional(),
  status: adminResourceStatusInput.optional(),
  ...positionInput,
});

export const updateResourceProcedure = adminProcedure
  .input(updateResourceInput)
  .output(adminResourceOutput)
  .mutation(({ ctx, input }) => updateResource({ db: ctx.db, actor: ctx.actor, input }));
