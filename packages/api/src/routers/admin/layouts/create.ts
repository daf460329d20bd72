import { LAYOUT_KINDS, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { createLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import { layoutFieldsInput, layoutOutput } from './layout-schemas.js';

export const createLayoutInput = layoutFieldsInput.extend({
  venueId: uuidSchema,
  /** hall (cinema), bus (bus operator) or floor (coworking): must match the venue. */
  kind: z.enum(LAYOUT_KINDS, `Choose one of: ${LAYOUT_KINDS.join(', ')}`),
});

/** Creates a layout and generates its seats (halls `A1…`, buses `1A…`, floors `D1…`) in one go. */
export const createLayoutProcedure = adminProcedure
  .input(createLayoutInput)
  .output(layoutOutput)
  .mutation(({ ctx, input }) => createLayout({ db: ctx.db, actor: ctx.actor, input }));
