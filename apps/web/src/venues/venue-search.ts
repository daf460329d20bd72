import { VENUE_KINDS, type VenueKind } from '@reserva/domain';

export interface SearchableVenue {
  kind: VenueKind;
  name: string;
  city: string;
  description: string;
}

export interface VenueGroup<V> {
  kind: VenueKind;
  venues: V[];
}

// Case- and accent-insensitive, so "cafe" finds "Café" and "BANDUNG" finds "Bandung".
const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** Every word of the query must appear in the name, city, description or the kind's label. */
export function filterVenues<V extends SearchableVenue>(
  venues: readonly V[],
  query: string,
  kindLabel: (kind: VenueKind) => string,
): V[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...venues];
  return venues.filter((venue) => {
    const haystack = normalise(
      [venue.name, venue.city, venue.description, kindLabel(venue.kind), venue.kind].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Groups in the product's fixed order of kinds; kinds without venues are left out. */
export function groupByKind<V extends SearchableVenue>(venues: readonly V[]): VenueGroup<V>[] {
  return VENUE_KINDS.map((kind) => ({ kind, venues: venues.filter((venue) => venue.kind === kind) })).filter(
    (group) => group.venues.length > 0,
  );
}
