import { router } from '../../trpc.js';
import { staffBookingsRouter } from './bookings/index.js';
import { statsProcedure } from './stats.js';

export const staffRouter = router({
  bookings: staffBookingsRouter,
  stats: statsProcedure,
});
