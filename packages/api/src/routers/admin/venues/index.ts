import { router } from '../../../trpc.js';
import { createVenueProcedure } from './create.js';
import { listAdminVenuesProcedure } from './list.js';
import { updateVenueProcedure } from './update.js';

export const adminVenuesRouter = router({
  create: createVenueProcedure,
  update: updateVenueProcedure,
  list: listAdminVenuesProcedure,
});
