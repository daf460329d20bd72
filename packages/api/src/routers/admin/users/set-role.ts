import { roleSchema, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { userOutput } from '../../../schemas/user.js';
import { setUserRole } from '../../../services/users.service.js';
import { adminProcedure } from '../../../trpc.js';

export const setRoleInput = z.object({ userId: uuidSchema, role: roleSchema });

export const setRoleProcedure = adminProcedure
  .input(setRoleInput)
  .output(userOutput)
  .mutation(({ ctx, input }) => setUserRole({ db: ctx.db, actor: ctx.actor, input }));
