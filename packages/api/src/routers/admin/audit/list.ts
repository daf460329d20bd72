import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../../schemas/common.js';
import { listAudit } from '../../../services/audit/list-audit.js';
import { adminProcedure } from '../../../trpc.js';

export const listAuditInput = z
  .object({
    /** The `nextCursor` of the previous page. */
    cursor: z
      .string()
      .regex(/^[1-9]\d{0,15}$/, 'Use the nextCursor of the previous page')
      .transform(Number)
      .optional(),
    limit: z.number().int().min(1).max(200).default(50),
    /** Only what this user or API key did. */
    actorId: uuidSchema.optional(),
    /** Only entries about this venue (its places, layouts, events, staff and keys). */
    venueId: uuidSchema.optional(),
  })
  .default({ limit: 50 });

const snapshot = z.unknown().nullable();

export const listAuditProcedure = adminProcedure
  .input(listAuditInput)
  .output(
    z.object({
      items: z.array(
        z.object({
          id: z.string(),
          at: isoDateOutput,
          actorUserId: z.string().nullable(),
          actorKeyId: z.string().nullable(),
          actorLabel: z.string(),
          /** The procedure, e.g. `admin.users.setRole`. */
          action: z.string(),
          targetKind: z.string().nullable(),
          targetId: z.string().nullable(),
          venueIds: z.array(z.string()),
          input: snapshot,
          before: snapshot,
          after: snapshot,
        }),
      ),
      nextCursor: z.string().nullable(),
    }),
  )
  .query(({ ctx, input }) => listAudit({ db: ctx.db, input }));
