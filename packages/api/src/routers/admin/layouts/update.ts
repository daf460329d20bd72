import { uuidSchema } from '@reserva/domain';
import { updateLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';
import { layoutFieldsInput, layoutOutput } from './layout-schemas.js';

/**
 * Every field but `id` is optional. Grid fields (rows, cols, aisles, rowClasses) remake the seats
 * only when the result differs, and only while the layout has no events (CONFLICT otherwise);
 * `blocked` (the full list of blocked labels) and `seatClasses` prices can always change.
 */
export const updateLayoutInput = layoutFieldsInput.partial().extend({ id: uuidSchema });

export const updateLayoutProcedure = adminProcedure
  .input(updateLayoutInput)
  .output(layoutOutput)
  .mutation(({ ctx, input }) => updateLayout({ db: ctx.db, actor: ctx.actor, input }));
