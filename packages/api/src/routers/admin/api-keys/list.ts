import { roleSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { listAllApiKeys } from '../../../services/api-keys.service.js';
import { adminProcedure } from '../../../trpc.js';

export const listApiKeysProcedure = adminProcedure
  .output(
    z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        prefix: z.string(),
        role: roleSchema,
        createdAt: isoDateOutput,
        lastUsedAt: isoDateOutput.nullable(),
        revokedAt: isoDateOutput.nullable(),
        /** Empty: the key acts on every venue. */
        venueIds: z.array(z.string()),
        expiresAt: isoDateOutput.nullable(),
        createdByEmail: z.string().nullable(),
      }),
    ),
  )
  .query(({ ctx }) => listAllApiKeys({ db: ctx.db }));
