import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { deleteLayout } from '../../../services/admin-layouts.service.js';
import { adminProcedure } from '../../../trpc.js';

export const deleteLayoutInput = z.object({ id: uuidSchema });

/** Deletes a layout and its seats; CONFLICT once an event or a booking refers to it. */
export const deleteLayoutProcedure = adminProcedure
  .input(deleteLayoutInput)
  .output(z.object({ id: z.string(), deleted: z.literal(true) }))
  .mutation(({ ctx, input }) => deleteLayout({ db: ctx.db, actor: ctx.actor, input }));
