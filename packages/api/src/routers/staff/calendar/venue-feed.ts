import { uuidSchema } from '@reserva/domain';
import { z } from 'zod';
import { issueCalendarFeed } from '../../../services/calendar/calendar-feeds.service.js';
import { staffProcedure } from '../../../trpc.js';
import { calendarFeedOutput } from '../../calendar/schemas.js';

export const venueFeedInput = z.object({ venueId: uuidSchema });

/** A new private iCal link to one venue's bookings for this staff member; their previous one stops working. */
export const venueFeedProcedure = staffProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/staff/calendar/venues/{venueId}/feed',
      tags: ['staff'],
      protect: true,
      summary: 'A new private iCal link to a venue’s bookings (replaces your previous one)',
    },
  })
  .input(venueFeedInput)
  .output(calendarFeedOutput)
  .mutation(({ ctx, input }) => issueCalendarFeed({ db: ctx.db, actor: ctx.actor, input }));
