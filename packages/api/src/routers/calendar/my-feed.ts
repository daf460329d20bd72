import { issueCalendarFeed } from '../../services/calendar/calendar-feeds.service.js';
import { userProcedure } from '../../trpc.js';
import { calendarFeedOutput } from './schemas.js';

/** A new private iCal link to my bookings; the previous one stops working. */
export const myFeedProcedure = userProcedure
  .meta({
    openapi: {
      method: 'POST',
      path: '/calendar/me/feed',
      tags: ['calendar'],
      protect: true,
      summary: 'A new private iCal link to my bookings (replaces the previous one)',
    },
  })
  .output(calendarFeedOutput)
  .mutation(({ ctx }) => issueCalendarFeed({ db: ctx.db, actor: ctx.actor, input: { venueId: null } }));
