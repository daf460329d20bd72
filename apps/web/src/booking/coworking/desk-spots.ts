import type { Spot, SpotLayout } from '@reserva/ui';
import type { AvailabilityOf, Venue } from '../shared/types';

export type Desk = AvailabilityOf<'coworking'>['desks'][number];

/**
 * Desks grouped into the venue's floors, drawn at their row/col. A desk on no floor (or one drawn
 * outside its floor's size) still shows: the map grows to fit, and unplaced desks go to the list.
 */
export function deskLayouts(
  desks: readonly Desk[],
  layouts: Venue['layouts'],
  describe: (desk: Desk) => string,
  otherName: string,
): SpotLayout[] {
  const byLayout = new Map<string | null, Spot[]>();
  for (const desk of desks) {
    const spot: Spot = {
      id: desk.id,
      label: desk.label,
      row: desk.row,
      col: desk.col,
      status: desk.status,
      detail: describe(desk),
      group: desk.area ?? undefined,
    };
    byLayout.set(desk.layoutId, [...(byLayout.get(desk.layoutId) ?? []), spot]);
  }
  const extent = (spots: Spot[], axis: 'row' | 'col') =>
    Math.max(0, ...spots.map((s) => (s[axis] ?? -1) + 1));
  const result: SpotLayout[] = [];
  for (const layout of layouts) {
    const spots = byLayout.get(layout.id);
    if (!spots) continue;
    result.push({
      id: layout.id,
      name: layout.name,
      rows: Math.max(layout.rows, extent(spots, 'row')),
      cols: Math.max(layout.cols, extent(spots, 'col')),
      spots,
    });
    byLayout.delete(layout.id);
  }
  const rest = [...byLayout.values()].flat();
  if (rest.length > 0) {
    result.push({
      id: 'other',
      name: otherName,
      rows: extent(rest, 'row'),
      cols: extent(rest, 'col'),
      spots: rest,
    });
  }
  return result;
}
