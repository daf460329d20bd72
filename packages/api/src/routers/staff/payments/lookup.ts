import { claimCodeSchema } from '@reserva/domain';
import { z } from 'zod';
import { lookupClaim } from '../../../services/holds/offline-payment.js';
import { staffProcedure } from '../../../trpc.js';
import { claimLookupOutput } from '../../holds/schemas.js';

export const lookupClaimInput = z.object({ claimCode: claimCodeSchema });

export const lookupClaimProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'GET',
      path: '/staff/payments/claim',
      tags: ['staff'],
      protect: true,
      summary: 'A hold by the claim code a customer gives',
    },
  })
  .input(lookupClaimInput)
  .output(claimLookupOutput)
  .query(({ ctx, input }) => lookupClaim({ db: ctx.db, input, ip: ctx.req.ip }));
