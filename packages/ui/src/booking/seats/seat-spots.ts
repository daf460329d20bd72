import type { RouterOutputs } from '../../api/trpc';
import type { SpotLayout } from '../spot-map/SpotPicker';
import type { Spot, SpotStatus } from '../spot-map/spot';

export type SeatMap = RouterOutputs['events']['seatMap'];
export type Seat = SeatMap['seats'][number];
export type SeatStatus = Seat['status'];

/** One message of events.onSeatChange: these seats now have this status, because of that hold. */
export interface SeatChange {
  seatIds: readonly string[];
  status: 'available' | 'held' | 'booked' | 'blocked';
  holdId?: string | null | undefined;
}

const SPOT_STATUS: Record<SeatStatus, SpotStatus> = {
  available: 'free',
  held: 'held',
  heldByYou: 'mine',
  booked: 'busy',
  blocked: 'unavailable',
};

/** Every state a live seat map can show, in the order the legend explains them. */
export const SEAT_SPOT_STATUSES: readonly SpotStatus[] = ['free', 'held', 'busy', 'unavailable', 'mine'];

/**
 * The snapshot with one live change applied. Seats held by `myHoldId` read as "held by you", as the
 * server would say on a fresh load. The same object comes back when nothing changed.
 */
export function applySeatChange(map: SeatMap, change: SeatChange, myHoldId: string | null): SeatMap {
  const ids = new Set(change.seatIds);
  const mine = change.status === 'held' && myHoldId !== null && change.holdId === myHoldId;
  const status: SeatStatus = mine ? 'heldByYou' : change.status;
  let changed = false;
  const seats = map.seats.map((seat) => {
    if (!ids.has(seat.id) || seat.status === status) return seat;
    changed = true;
    return { ...seat, status };
  });
  return changed ? { ...map, seats } : map;
}

export interface SeatWords {
  /** Read after the label: class, side, price. */
  detail: (seat: Seat) => string | undefined;
  /** The list view's heading for the seat (its class), if any. */
  group?: (seat: Seat) => string | undefined;
  /** A short mark drawn on the tile (e.g. the class initial), explained by the legend. */
  tag?: (seat: Seat) => string | undefined;
}

/** The event's seats as one spot layout for SpotPicker, with the layout's front (screen, driver). */
export function seatLayout(map: SeatMap, words: SeatWords): SpotLayout {
  const spots: Spot[] = map.seats.map((seat) => ({
    id: seat.id,
    label: seat.label,
    row: seat.row,
    col: seat.col,
    status: SPOT_STATUS[seat.status],
    detail: words.detail(seat),
    group: words.group?.(seat),
    tag: words.tag?.(seat),
  }));
  const extent = (axis: 'row' | 'col') => Math.max(0, ...spots.map((spot) => (spot[axis] ?? -1) + 1));
  return {
    id: map.layout.id,
    name: map.layout.name,
    rows: Math.max(map.layout.rows, extent('row')),
    cols: Math.max(map.layout.cols, extent('col')),
    frontLabel: map.layout.frontLabel ?? undefined,
    spots,
  };
}

/**
 * A mark per seat class for the map tiles: none for the first (the usual seat, most of the hall),
 * the initial for the others, or a number when two initials would clash.
 */
export function classTags(classNames: readonly string[]): Map<string, string | undefined> {
  const tags = new Map<string, string | undefined>();
  const initials = classNames.map((name) => name.trim().charAt(0).toUpperCase());
  classNames.forEach((name, index) => {
    const initial = initials[index] ?? '';
    const clashes = initials.filter((other) => other === initial).length > 1;
    tags.set(name, index === 0 ? undefined : clashes || !initial ? String(index + 1) : initial);
  });
  return tags;
}
