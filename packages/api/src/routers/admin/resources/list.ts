import { plainText, RESOURCE_KINDS, RESOURCE_STATUSES, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { listResources } from '../../../services/admin-resources.service.js';
import { adminProcedure } from '../../../trpc.js';
import { adminResourceOutput } from './resource-schemas.js';

export const listResourcesInput = z.object({
  venueId: uuidSchema,
  kind: z.enum(RESOURCE_KINDS).optional(),
  status: z.enum(RESOURCE_STATUSES).optional(),
  /** Part of a label or area. */
  q: plainText().max(60).optional(),
});

/** Every place of a venue (layout seats included), in map order. */
export const listResourcesProcedure = adminProcedure
  .input(listResourcesInput)
  .output(z.array(adminResourceOutput))
  .query(({ ctx, input }) => listResources({ db: ctx.db, actor: ctx.actor, input }));
