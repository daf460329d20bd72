import { claimCodeSchema } from '@reserva/domain';
import { z } from 'zod';
import { lookupClaim } from '../../../services/holds/offline-payment.js';
import { staffProcedure } from '../../../trpc.js';
import { claimLookupOutput } from '../../holds/schemas.js';

export const lookupClaimInput = z.object({ claimCode: claimCodeSchema });

export const lookupClaimProcedure = staffProcedure
  .input(lookupClaimInput)
  .output(claimLookupOutput)
  .query(({ ctx, input }) => lookupClaim({ db: ctx.db, input, ip: ctx.req.ip }));
