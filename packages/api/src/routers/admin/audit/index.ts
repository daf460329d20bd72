import { router } from '../../../trpc.js';
import { listAuditProcedure } from './list.js';

export const adminAuditRouter = router({
  list: listAuditProcedure,
});
