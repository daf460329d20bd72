import { adminRouter } from './routers/admin/index.js';
import { authRouter } from './routers/auth/index.js';
import { availabilityRouter } from './routers/availability/index.js';
import { bookingsRouter } from './routers/bookings/index.js';
import { calendarRouter } from './routers/calendar/index.js';
import { eventsRouter } from './routers/events/index.js';
import { holdsRouter } from './routers/holds/index.js';
import { paymentsRouter } from './routers/payments/index.js';
import { staffRouter } from './routers/staff/index.js';
import { venuesRouter } from './routers/venues/index.js';
import { router } from './trpc.js';

export const appRouter = router({
  auth: authRouter,
  venues: venuesRouter,
  availability: availabilityRouter,
  bookings: bookingsRouter,
  events: eventsRouter,
  holds: holdsRouter,
  payments: paymentsRouter,
  staff: staffRouter,
  admin: adminRouter,
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;
