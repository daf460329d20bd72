import { userOutput } from '../../schemas/user.js';
import { publicProcedure } from '../../trpc.js';

export const meProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/auth/me',
      tags: ['auth'],
      protect: false,
      summary: 'The signed-in person, or null',
    },
  })
  .output(userOutput.nullable())
  .query(({ ctx }) => (ctx.actor?.kind === 'user' ? ctx.actor.user : null));
