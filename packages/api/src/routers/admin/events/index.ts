import { router } from '../../../trpc.js';
import { cancelEventProcedure } from './cancel.js';
import { createEventProcedure } from './create.js';
import { listAdminEventsProcedure } from './list.js';
import { refundProgressProcedure } from './refund-progress.js';
import { retryRefundsProcedure } from './retry-refunds.js';
import { updateEventProcedure } from './update.js';

export const adminEventsRouter = router({
  list: listAdminEventsProcedure,
  create: createEventProcedure,
  update: updateEventProcedure,
  cancel: cancelEventProcedure,
  refundProgress: refundProgressProcedure,
  retryRefunds: retryRefundsProcedure,
});
