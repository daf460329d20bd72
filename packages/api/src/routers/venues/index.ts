import { router } from '../../trpc.js';
import { getVenueProcedure } from './get.js';
import { listVenuesProcedure } from './list.js';

export const venuesRouter = router({
  list: listVenuesProcedure,
  get: getVenueProcedure,
});
