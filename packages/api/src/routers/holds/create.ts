import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { isoDateOutput } from '../../schemas/common.js';
import { createHold } from '../../services/holds/create-hold.js';
import { idempotentProcedure } from '../../services/idempotency/idempotent-procedure.js';
import { heldSeatOutput } from './schemas.js';

export const createHoldInput = z.object({
  eventId: uuidSchema,
  seatIds: z
    .array(uuidSchema)
    .min(1, 'Choose at least one seat')
    // The venue's own limit (default 4) is checked against its settings; this only bounds the request.
    .max(50, 'Choose at most 50 seats')
    .refine((ids) => new Set(ids).size === ids.length, 'Each seat can be chosen only once'),
});

export const createHoldOutput = z.object({
  holdToken: z.string(),
  holdId: z.string(),
  expiresAt: isoDateOutput,
  seats: z.array(heldSeatOutput),
  totalMinor: z.number(),
  currency: z.string(),
});

/** Holds the seats for the venue's hold minutes; the token is also set as the httpOnly hold cookie. */
// A replayed answer sets the hold cookie again, as the first one did.
export const createHoldProcedure = idempotentProcedure<{ holdToken: string; expiresAt: string }>(
  (ctx, hold) => ctx.req.setHoldCookie(hold.holdToken, new Date(hold.expiresAt)),
)
  .meta({
    openapi: {
      method: 'POST',
      path: '/holds',
      tags: ['holds'],
      protect: false,
      summary: 'Hold seats of an event',
    },
  })
  .input(createHoldInput)
  .output(createHoldOutput)
  .mutation(async ({ ctx, input }) => {
    const hold = await createHold({ db: ctx.db, feed: ctx.feed, actor: ctx.actor, input });
    ctx.req.setHoldCookie(hold.holdToken, hold.expiresAt);
    return hold;
  });
