import { router } from '../../trpc.js';
import { onSeatChangeProcedure } from './on-seat-change.js';

export const eventsRouter = router({
  onSeatChange: onSeatChangeProcedure,
});
