import { plainText, roleSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { createApiKey } from '../../../services/api-keys.service.js';
import { adminProcedure } from '../../../trpc.js';

export const createApiKeyInput = z.object({
  name: plainText().min(1, 'Name is required').max(80, 'Name is too long'),
  role: roleSchema,
});

export const createApiKeyProcedure = adminProcedure
  .input(createApiKeyInput)
  .output(
    z.object({
      id: z.string(),
      name: z.string(),
      prefix: z.string(),
      role: roleSchema,
      createdAt: isoDateOutput,
      /** The whole key: shown this once and never again. */
      key: z.string(),
    }),
  )
  .mutation(({ ctx, input }) => createApiKey({ db: ctx.db, actor: ctx.actor, input }));
