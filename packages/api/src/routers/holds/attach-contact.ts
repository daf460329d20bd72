import { emailSchema, nameSchema, phoneSchema } from '@reserva/domain';
import { z } from 'zod';
import { attachContact } from '../../services/holds/attach-contact.js';
import { publicProcedure } from '../../trpc.js';
import { holdTokenInput } from './schemas.js';

export const attachContactInput = z.object({
  holdToken: holdTokenInput,
  name: nameSchema,
  /** `0812…`, `62812…` and `+62812…` all become `+62812…`. */
  whatsapp: phoneSchema,
  email: emailSchema.optional(),
});

export const attachContactOutput = z.object({
  /** Like `A1B2-C3D4`: what the customer tells the operator, and what recovers the hold elsewhere. */
  claimCode: z.string(),
  /** `https://wa.me/…` with the message prefilled; null when the operator has no WhatsApp number. */
  operatorWhatsappUrl: z.string().nullable(),
});

export const attachContactProcedure = publicProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/holds/contact',
      tags: ['holds'],
      protect: false,
      summary: 'Attach contact details; get a claim code',
    },
  })
  .input(attachContactInput)
  .output(attachContactOutput)
  .mutation(({ ctx, input }) => attachContact({ db: ctx.db, input, cookieToken: ctx.req.holdToken }));
