import { z } from 'zod';
import { getHold } from '../../services/holds/get-hold.js';
import { publicProcedure } from '../../trpc.js';
import { holdOutput, holdTokenInput } from './schemas.js';

export const getHoldInput = z.object({ holdToken: holdTokenInput }).default({});

export const getHoldProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/holds/current',
      tags: ['holds'],
      protect: false,
      summary: 'The hold of a hold token',
    },
  })
  .input(getHoldInput)
  .output(holdOutput)
  .query(({ ctx, input }) => getHold({ db: ctx.db, input, cookieToken: ctx.req.holdToken }));
