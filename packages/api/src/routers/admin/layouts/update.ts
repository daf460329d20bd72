import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { updateLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import {
  aisleColsInput,
  aisleRowsInput,
  blockedInput,
  colsInput,
  frontLabelInput,
  layoutNameInput,
  layoutOutput,
  rowClassesInput,
  rowsInput,
  seatClassesInput,
} from './layout-schemas.js';

/**
 * Every field but `id` is optional. Grid fields (rows, cols, aisles, rowClasses) remake the seats
 * only when the result differs, and only while the layout has no events (CONFLICT otherwise);
 * `blocked` (the full list of blocked labels) and `seatClasses` prices can always change.
 */
export const updateLayoutInput = z.object({
  id: uuidSchema,
  name: layoutNameInput.optional(),
  frontLabel: frontLabelInput.optional(),
  rows: rowsInput.optional(),
  cols: colsInput.optional(),
  aisleCols: aisleColsInput.optional(),
  aisleRows: aisleRowsInput.optional(),
  rowClasses: rowClassesInput.optional(),
  blocked: blockedInput.optional(),
  seatClasses: seatClassesInput.optional(),
});

export const updateLayoutProcedure = adminProcedure
  .input(updateLayoutInput)
  .output(layoutOutput)
  .mutation(({ ctx, input }) => updateLayout({ db: ctx.db, actor: ctx.actor, input }));
