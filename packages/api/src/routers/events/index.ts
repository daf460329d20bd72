// Lets declaration emit name the tracked() envelope type of the seat-change subscription.
import type {} from '@trpc/server/unstable-core-do-not-import';
import { router } from '../../trpc.js';
import { onSeatChangeProcedure } from './on-seat-change.js';

export const eventsRouter = router({
  onSeatChange: onSeatChangeProcedure,
});
