import { type RouterOutputs, trpc } from '@reserva/ui';

export type AdminVenue = RouterOutputs['admin']['venues']['list'][number];

/** Every venue with its settings and counts, inactive ones too. */
export const useAdminVenues = () => trpc.admin.venues.list.useQuery(undefined, { staleTime: 60_000 });

/** One venue out of the admin list (venues are few, so the list is the cache). */
export function useAdminVenue(id: string) {
  const venues = useAdminVenues();
  return { ...venues, venue: venues.data?.find((venue) => venue.id === id) ?? null };
}

/** After a venue changes, every list of venues (admin, filters, the customer site) asks again. */
export function useRefreshVenues() {
  const utils = trpc.useUtils();
  return () => Promise.all([utils.admin.venues.list.invalidate(), utils.venues.list.invalidate()]);
}
