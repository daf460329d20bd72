export interface GridCell {
  row: number;
  col: number;
  /** 0-based position among the seats of this row, aisles skipped. */
  seatInRow: number;
  /** 0-based position among all seats, row by row. */
  index: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Cells with no seat: aisles, walkways. */
  isGap?: (row: number, col: number) => boolean;
}

/** Walks a layout grid front to back, left to right, and makes one seat per non-gap cell. */
export function seatGrid<T>(shape: GridShape, seat: (cell: GridCell) => T): T[] {
  const seats: T[] = [];
  for (let row = 0; row < shape.rows; row++) {
    let seatInRow = 0;
    for (let col = 0; col < shape.cols; col++) {
      if (shape.isGap?.(row, col)) continue;
      seats.push(seat({ row, col, seatInRow, index: seats.length }));
      seatInRow++;
    }
  }
  return seats;
}

/** 'A', 'B', … for row letters (cinema) and seat letters (bus). */
export const letter = (index: number): string => String.fromCharCode(65 + index);
