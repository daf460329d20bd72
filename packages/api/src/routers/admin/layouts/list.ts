import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { listLayouts } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import { layoutSummaryOutput } from './layout-schemas.js';

export const listLayoutsInput = z.object({ venueId: uuidSchema.optional() }).default({});

export const listLayoutsProcedure = adminProcedure
  .meta({ venues: 'filtered' })
  .input(listLayoutsInput)
  .output(z.array(layoutSummaryOutput))
  .query(({ ctx, input }) => listLayouts({ db: ctx.db, actor: ctx.actor, input }));
