import { trpc } from '@reserva/ui';
import type { AdminVenue } from '../venues/use-admin-venues';
import { PLACE_KIND } from './resource-values';

/** The venue's tables, desks or rooms (layout seats excluded), in map order. */
export function useResources(venue: AdminVenue) {
  return trpc.admin.resources.list.useQuery({ venueId: venue.id, kind: PLACE_KIND[venue.kind] });
}

/** After a place changes: its list, the venue counts, and what customers see as free. */
export function useRefreshResources() {
  const utils = trpc.useUtils();
  return () =>
    Promise.all([
      utils.admin.resources.list.invalidate(),
      utils.admin.venues.list.invalidate(),
      utils.availability.search.invalidate(),
    ]);
}
