import type { Spot } from './spot';

export type GridKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

type Placed = Spot & { row: number; col: number };

const isPlaced = (spot: Spot): spot is Placed => spot.row !== null && spot.col !== null;

/**
 * Where an arrow key moves focus on a map with gaps (aisles, walkways): left/right to the nearest
 * spot in the same row, up/down to the nearest row that has spots, then the closest column there.
 * Home/End jump to the ends of the row. Returns the current id when nothing lies that way.
 */
export function nextSpotId(spots: readonly Spot[], currentId: string, key: GridKey): string {
  const placed = spots.filter(isPlaced);
  const current = placed.find((spot) => spot.id === currentId);
  if (!current) return placed[0]?.id ?? currentId;
  const sameRow = placed.filter((spot) => spot.row === current.row).sort((a, b) => a.col - b.col);
  switch (key) {
    case 'Home':
      return sameRow[0]?.id ?? currentId;
    case 'End':
      return sameRow.at(-1)?.id ?? currentId;
    case 'ArrowLeft':
      return sameRow.filter((spot) => spot.col < current.col).at(-1)?.id ?? currentId;
    case 'ArrowRight':
      return sameRow.find((spot) => spot.col > current.col)?.id ?? currentId;
    case 'ArrowUp':
    case 'ArrowDown': {
      const down = key === 'ArrowDown';
      const rows = placed
        .map((spot) => spot.row)
        .filter((row) => (down ? row > current.row : row < current.row));
      if (rows.length === 0) return currentId;
      const targetRow = down ? Math.min(...rows) : Math.max(...rows);
      const candidates = placed.filter((spot) => spot.row === targetRow);
      candidates.sort(
        (a, b) => Math.abs(a.col - current.col) - Math.abs(b.col - current.col) || a.col - b.col,
      );
      return candidates[0]?.id ?? currentId;
    }
  }
}

export const isGridKey = (key: string): key is GridKey =>
  ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
