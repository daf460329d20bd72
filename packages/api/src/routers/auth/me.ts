import { userOutput } from '../../schemas/user.js';
import { publicProcedure } from '../../trpc.js';

export const meProcedure = publicProcedure
  .output(userOutput.nullable())
  .query(({ ctx }) => (ctx.actor?.kind === 'user' ? ctx.actor.user : null));
