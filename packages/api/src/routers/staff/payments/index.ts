import { router } from '../../../trpc.js';
import { confirmPaymentProcedure } from './confirm.js';
import { lookupClaimProcedure } from './lookup.js';

export const staffPaymentsRouter = router({
  lookup: lookupClaimProcedure,
  confirm: confirmPaymentProcedure,
});
