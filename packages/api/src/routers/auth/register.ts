import { emailSchema, nameSchema, passwordSchema, phoneSchema } from '@reserva/domain';
import { z } from 'zod';
import { userOutput } from '../../schemas/user.js';
import { register } from '../../services/auth.service.js';
import { publicProcedure } from '../../trpc.js';

export const registerInput = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  phone: phoneSchema.optional(),
});

export const registerProcedure = publicProcedure
  .input(registerInput)
  .output(userOutput)
  .mutation(async ({ ctx, input }) => {
    const { user, session } = await register({ db: ctx.db, input, ip: ctx.req.ip });
    ctx.req.setSessionCookie(session.token, session.expiresAt);
    return user;
  });
