import { router } from '../../trpc.js';
import { searchAvailabilityProcedure } from './search.js';

export const availabilityRouter = router({
  search: searchAvailabilityProcedure,
});
