import { claimCodeSchema } from '@reserva/domain';
import { z } from 'zod';
import { claimHold } from '../../services/holds/claim-hold.js';
import { publicProcedure } from '../../trpc.js';
import { holdOutput } from './schemas.js';

export const claimHoldInput = z.object({ claimCode: claimCodeSchema });

export const claimHoldOutput = holdOutput.extend({ holdToken: z.string() });

/** Moves a hold to this device: a new token (also set as the hold cookie); the old one stops working. */
export const claimHoldProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/holds/claim',
      tags: ['holds'],
      protect: false,
      summary: 'Move a hold to this client by its claim code',
    },
  })
  .input(claimHoldInput)
  .output(claimHoldOutput)
  .mutation(async ({ ctx, input }) => {
    const hold = await claimHold({ db: ctx.db, actor: ctx.actor, input, ip: ctx.req.ip });
    ctx.req.setHoldCookie(hold.holdToken, hold.expiresAt);
    return hold;
  });
