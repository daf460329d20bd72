import { router } from '../../../trpc.js';
import { venueFeedProcedure } from './venue-feed.js';

export const staffCalendarRouter = router({
  venueFeed: venueFeedProcedure,
});
