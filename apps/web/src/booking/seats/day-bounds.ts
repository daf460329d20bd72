import { addDays, startOfLocalDay } from '@reserva/domain';

/** A venue-local day as the instants events.list takes: from its midnight to the next one. */
export const dayBounds = (date: string, timeZone: string) => ({
  from: startOfLocalDay(date, timeZone).toISOString(),
  to: startOfLocalDay(addDays(date, 1), timeZone).toISOString(),
});
