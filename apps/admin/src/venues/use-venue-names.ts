import { trpc } from '@reserva/ui';

/** Every venue's name by id, for showing and choosing the venues of staff and keys. */
export function useAdminVenueNames() {
  const venues = trpc.admin.venues.list.useQuery({}, { staleTime: 5 * 60_000 });
  const list = (venues.data ?? []).map((venue) => ({ id: venue.id, name: venue.name }));
  const names = new Map(list.map((venue) => [venue.id, venue.name]));
  return { list, nameOf: (id: string) => names.get(id) ?? id };
}
