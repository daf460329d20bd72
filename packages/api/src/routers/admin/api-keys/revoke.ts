import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { revokeKey } from '../../../services/api-keys.service.js';
import { adminProcedure } from '../../../trpc.js';

export const revokeApiKeyProcedure = adminProcedure
  .input(z.object({ id: uuidSchema }))
  .output(z.object({ id: z.string(), revokedAt: isoDateOutput.nullable() }))
  .mutation(({ ctx, input }) => revokeKey({ db: ctx.db, input }));
