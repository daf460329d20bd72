import { router } from '../../trpc.js';
import { myFeedProcedure } from './my-feed.js';

export const calendarRouter = router({
  myFeed: myFeedProcedure,
});
