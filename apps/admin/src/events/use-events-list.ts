import type { EventStatus } from '@reserva/domain';
import { trpc } from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { type LocalRange, toInstantRange } from '../time/local-range';

export interface EventFilters {
  venueId: string;
  status: EventStatus | '';
  range: LocalRange;
}

export const EVENTS_PAGE = 25;

/** One page of events under the filters; days are read in the chosen venue's zone. */
export function useEventsList(filters: EventFilters, timeZone: string, page: number) {
  return trpc.admin.events.list.useQuery(
    {
      venueId: filters.venueId || undefined,
      status: filters.status || undefined,
      ...toInstantRange(filters.range, timeZone),
      skip: page * EVENTS_PAGE,
      limit: EVENTS_PAGE,
    },
    { placeholderData: keepPreviousData },
  );
}
