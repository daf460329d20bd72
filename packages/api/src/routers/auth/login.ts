import { passwordText, plainText } from '@reserva/domain';
import { z } from 'zod';
import { userOutput } from '../../schemas/user.js';
import { login } from '../../services/auth.service.js';
import { publicProcedure } from '../../trpc.js';

export const loginInput = z.object({
  email: plainText().toLowerCase().min(1, 'Email is required').max(254),
  password: passwordText().min(1, 'Password is required').max(200),
});

export const loginProcedure = publicProcedure
  .input(loginInput)
  .output(userOutput)
  .mutation(async ({ ctx, input }) => {
    const { user, session } = await login({ db: ctx.db, input, ip: ctx.req.ip });
    ctx.req.setSessionCookie(session.token, session.expiresAt);
    return user;
  });
