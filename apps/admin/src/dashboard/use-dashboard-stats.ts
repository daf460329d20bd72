import { DEFAULT_TIME_ZONE, type RouterOutputs, trpc } from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { isRangeValid, type LocalRange, rangeAroundToday, toInstantRange } from '../time/local-range';
import { useVenues, zoneOf } from '../venues/use-venues';

export type Stats = RouterOutputs['staff']['stats'];

/** The dashboard's filters (venue, local date range) and the stats they select. */
export function useDashboardStats() {
  const venues = useVenues();
  const [venueId, setVenueId] = useState('');
  // Last 30 days through 7 days ahead: what the desk looks back on and plans for.
  const [range, setRange] = useState<LocalRange>(() => rangeAroundToday(DEFAULT_TIME_ZONE, 30, 7));
  const valid = isRangeValid(range);
  const stats = trpc.staff.stats.useQuery(
    { venueId: venueId || undefined, ...toInstantRange(range, zoneOf(venues.data, venueId)) },
    { enabled: valid, placeholderData: keepPreviousData },
  );
  const venue = venues.data?.find((one) => one.id === venueId);
  return { venues, venueId, setVenueId, range, setRange, valid, stats, currency: venue?.currency ?? 'IDR' };
}
