import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { releaseHold } from '../../services/holds/release-hold.js';
import { publicProcedure } from '../../trpc.js';
import { holdOutput, holdTokenInput } from './schemas.js';

export const releaseHoldInput = z
  .object({
    holdToken: holdTokenInput,
    /** Seats to give back; all of them when omitted (the hold is then RELEASED). */
    seatIds: z
      .array(uuidSchema)
      .min(1, 'Choose at least one seat to release')
      .max(50)
      .refine((ids) => new Set(ids).size === ids.length, 'Each seat can be released only once')
      .optional(),
  })
  .default({});

export const releaseHoldOutput = z.object({
  releasedSeatIds: z.array(z.string()),
  /** What is still held; null when nothing is. */
  hold: holdOutput.nullable(),
});

export const releaseHoldProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/holds/release',
      tags: ['holds'],
      protect: false,
      summary: 'Give held seats back',
    },
  })
  .input(releaseHoldInput)
  .output(releaseHoldOutput)
  .mutation(async ({ ctx, input }) => {
    const { token, ...result } = await releaseHold({
      db: ctx.db,
      feed: ctx.feed,
      actor: ctx.actor,
      input,
      cookieToken: ctx.req.holdToken,
    });
    if (!result.hold && ctx.req.holdToken === token) ctx.req.clearHoldCookie();
    return result;
  });
