import { router } from '../../trpc.js';
import { staffBookingsRouter } from './bookings/index.js';
import { staffCalendarRouter } from './calendar/index.js';
import { staffPaymentsRouter } from './payments/index.js';
import { statsProcedure } from './stats.js';

export const staffRouter = router({
  bookings: staffBookingsRouter,
  payments: staffPaymentsRouter,
  stats: statsProcedure,
  calendar: staffCalendarRouter,
});
