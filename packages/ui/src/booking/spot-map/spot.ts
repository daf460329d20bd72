/**
 * A bookable place drawn on a map: a desk today, a cinema or bus seat later. Each caller maps its
 * API's statuses onto these, so one map, list and legend serve every kind of venue.
 */
export type SpotStatus = 'free' | 'busy' | 'held' | 'mine' | 'unavailable';

export interface Spot {
  id: string;
  label: string;
  /** Zero-based grid position; spots without one appear in the list only. */
  row: number | null;
  col: number | null;
  status: SpotStatus;
  /** What else a reader needs to choose: zone, class, price. Read out after the label. */
  detail?: string | undefined;
  /** Heading the list mode groups spots under (a zone or a seat class). */
  group?: string | undefined;
  /** A short mark on the map tile (a seat class initial); decorative, as `detail` says it in words. */
  tag?: string | undefined;
}

/** Free spots can be taken; "mine" (held for you) can be let go again. */
export const isSelectable = (spot: Spot): boolean => spot.status === 'free' || spot.status === 'mine';

export interface SpotSelection {
  selected: ReadonlySet<string>;
  onToggle: (spot: Spot) => void;
}
