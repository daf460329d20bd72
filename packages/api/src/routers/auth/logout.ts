import { z } from 'zod';
import { logout } from '../../services/auth.service.js';
import { userProcedure } from '../../trpc.js';

export const logoutProcedure = userProcedure
  .output(z.object({ ok: z.literal(true) }))
  .mutation(async ({ ctx }) => {
    if (ctx.session) await logout({ db: ctx.db, sessionId: ctx.session.sessionId });
    ctx.req.clearSessionCookie();
    return { ok: true as const };
  });
