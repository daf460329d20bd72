import { router } from '../../../trpc.js';
import { listUsersProcedure } from './list.js';
import { setRoleProcedure } from './set-role.js';
import { setVenuesProcedure } from './set-venues.js';

export const adminUsersRouter = router({
  list: listUsersProcedure,
  setRole: setRoleProcedure,
  setVenues: setVenuesProcedure,
});
