import { DEFAULT_TIME_ZONE, type RouterOutputs, trpc } from '@reserva/ui';

export type VenueSummary = RouterOutputs['venues']['list'][number];

/** Every venue, for filters and per-venue charts; venues change rarely, so it is cached for minutes. */
export const useVenues = () => trpc.venues.list.useQuery(undefined, { staleTime: 5 * 60_000 });

/** The zone local dates are read in: the chosen venue's, or the product default across venues. */
export function zoneOf(venues: readonly VenueSummary[] | undefined, venueId: string): string {
  return venues?.find((venue) => venue.id === venueId)?.timeZone ?? DEFAULT_TIME_ZONE;
}
