import { classTags, formatMoney, type Seat, type SeatMap, type SeatWords } from '@reserva/ui';
import type { TFunction } from 'i18next';

type Side = 'window' | 'aisle';

/**
 * Window or aisle, from the drawing: the outermost seats of a row are by a window; a seat beside a
 * column with no seats in any row is on the aisle.
 */
export function seatSides(seats: readonly Seat[]): Map<string, Side> {
  const used = new Set(seats.flatMap((seat) => (seat.col === null ? [] : [seat.col])));
  const sides = new Map<string, Side>();
  for (const seat of seats) {
    if (seat.row === null || seat.col === null) continue;
    const rowCols = seats.filter((other) => other.row === seat.row && other.col !== null).map((s) => s.col!);
    if (seat.col === Math.min(...rowCols) || seat.col === Math.max(...rowCols)) sides.set(seat.id, 'window');
    else if (!used.has(seat.col - 1) || !used.has(seat.col + 1)) sides.set(seat.id, 'aisle');
  }
  return sides;
}

/** How a seat is described on the map and in the list: class and price (cinema), side and price (bus). */
export function seatWords(map: SeatMap, t: TFunction): SeatWords & { tags: Map<string, string | undefined> } {
  const money = (seat: Seat) => formatMoney(seat.priceMinor, map.currency);
  const tags = classTags(map.layout.seatClasses.map((seatClass) => seatClass.name));
  if (map.layout.kind === 'bus') {
    const sides = seatSides(map.seats);
    return {
      tags,
      detail: (seat) => {
        const side = sides.get(seat.id);
        return side ? `${t(`seatMap.side.${side}`)} · ${money(seat)}` : money(seat);
      },
    };
  }
  return {
    tags,
    detail: (seat) => (seat.seatClass ? `${seat.seatClass} · ${money(seat)}` : money(seat)),
    group: (seat) => seat.seatClass ?? undefined,
    tag: (seat) => (seat.seatClass ? tags.get(seat.seatClass) : undefined),
  };
}
