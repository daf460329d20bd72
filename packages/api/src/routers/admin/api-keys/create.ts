import { plainText, roleSchema, uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { instantInput, isoDateOutput } from '../../../schemas/common.js';
import { createApiKey } from '../../../services/api-keys.service.js';
import { adminProcedure } from '../../../trpc.js';

export const createApiKeyInput = z.object({
  name: plainText().min(1, 'Name is required').max(80, 'Name is too long'),
  role: roleSchema,
  /** Limit the key to these venues; without them the key acts on every venue. */
  venueIds: z
    .array(uuidSchema)
    .min(1, 'Choose at least one venue, or leave venues out for every venue')
    .max(500, 'Choose at most 500 venues')
    .optional(),
  /** After this the key is refused; without it the key never expires. */
  expiresAt: instantInput.optional(),
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
      venueIds: z.array(z.string()),
      expiresAt: isoDateOutput.nullable(),
      /** The whole key: shown this once and never again. */
      key: z.string(),
    }),
  )
  .mutation(({ ctx, input }) => createApiKey({ db: ctx.db, actor: ctx.actor, input }));
