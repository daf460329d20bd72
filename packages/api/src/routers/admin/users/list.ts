import { plainText, roleSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { adminUserOutput } from '../../../schemas/user.js';
import { listAllUsers } from '../../../services/users.service.js';
import { adminProcedure } from '../../../trpc.js';

export const listUsersInput = z
  .object({
    q: plainText().max(100).optional(),
    role: roleSchema.optional(),
    skip: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .default({ skip: 0, limit: 50 });

export const listUsersProcedure = adminProcedure
  .input(listUsersInput)
  .output(
    z.object({ items: z.array(adminUserOutput.extend({ createdAt: isoDateOutput })), total: z.number() }),
  )
  .query(({ ctx, input }) => listAllUsers({ db: ctx.db, input }));
