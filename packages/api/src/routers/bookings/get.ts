import { bookingLookupInput, guestBookingDetailOutput } from '../../schemas/booking.js';
import { getBookingFor } from '../../services/booking-view.service.js';
import { publicProcedure } from '../../trpc.js';

export const getBookingProcedure = publicProcedure
  .input(bookingLookupInput)
  .output(guestBookingDetailOutput)
  .query(({ ctx, input }) =>
    getBookingFor({
      db: ctx.db,
      config: ctx.config,
      actor: ctx.actor,
      input,
      ip: ctx.req.ip,
      staleSession: ctx.staleSession,
    }),
  );
