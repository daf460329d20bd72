import { router } from '../../trpc.js';
import { getEventProcedure } from './get.js';
import { listEventsProcedure } from './list.js';
import { onSeatChangeProcedure } from './on-seat-change.js';
import { seatMapProcedure } from './seat-map.js';

export const eventsRouter = router({
  list: listEventsProcedure,
  get: getEventProcedure,
  seatMap: seatMapProcedure,
  onSeatChange: onSeatChangeProcedure,
});
