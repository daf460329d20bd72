import { router } from '../../../trpc.js';
import { confirmPaymentProcedure } from './confirm.js';
import { lookupClaimProcedure } from './lookup.js';
import { recordPaymentProcedure } from './record.js';
import { refundProcedure } from './refund.js';
import { retryRefundProcedure } from './retry-refund.js';

export const staffPaymentsRouter = router({
  lookup: lookupClaimProcedure,
  confirm: confirmPaymentProcedure,
  record: recordPaymentProcedure,
  refund: refundProcedure,
  retryRefund: retryRefundProcedure,
});
