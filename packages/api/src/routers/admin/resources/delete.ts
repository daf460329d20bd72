import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { deleteResource } from '../../../services/admin-resources.service.js';
import { adminProcedure } from '../../../trpc.js';

export const deleteResourceInput = z.object({ id: uuidSchema });

/** CONFLICT while the place has bookings (upcoming or past): set it to maintenance instead. */
export const deleteResourceProcedure = adminProcedure
  .input(deleteResourceInput)
  .output(z.object({ id: z.string(), deleted: z.literal(true) }))
  .mutation(({ ctx, input }) => deleteResource({ db: ctx.db, actor: ctx.actor, input }));
