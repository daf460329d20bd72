/**
 * Seat grids for halls, buses and coworking floors: from a small description (rows, columns,
 * aisles, blocked seats, seat classes by row) to the seats themselves, with the labels people read
 * on tickets. Pure: the API stores what this returns.
 */
import { validationError } from './errors.js';
import type { LayoutKind, ResourceKind, VenueKind } from './venue.js';

export const MAX_LAYOUT_ROWS = 50;
export const MAX_LAYOUT_COLS = 50;
export const MAX_SEAT_CLASSES = 10;

export interface SeatClassSpec {
  name: string;
  priceMinor: number;
}

export interface LayoutGridSpec {
  kind: LayoutKind;
  rows: number;
  cols: number;
  /** 0-based grid columns with no seats (walkways); seat numbers skip them. */
  aisleCols?: readonly number[] | undefined;
  /** 0-based grid rows with no seats (cross aisles, the bus door); row letters/numbers skip them. */
  aisleRows?: readonly number[] | undefined;
  /** Labels of seats that exist but cannot be sold (broken, pillar in the way, the guide's seat). */
  blocked?: readonly string[] | undefined;
  /** The first class is every row's class unless `rowClasses` says otherwise. */
  seatClasses: readonly SeatClassSpec[];
  /** Grid row index (as a string key, as JSON carries it) → seat class name. */
  rowClasses?: Readonly<Record<string, string>> | undefined;
}

export interface GeneratedSeat {
  label: string;
  /** 0-based grid position (aisles included), for drawing the map. */
  row: number;
  col: number;
  seatClass: string;
  priceMinor: number;
  blocked: boolean;
  /** Front to back, left to right. */
  sortOrder: number;
}

/** What each layout draws, and which venues have which layouts. */
export const RESOURCE_KIND_OF_LAYOUT: Record<LayoutKind, ResourceKind> = {
  hall: 'seat',
  bus: 'seat',
  floor: 'desk',
};

export const LAYOUT_KIND_OF_VENUE: Partial<Record<VenueKind, LayoutKind>> = {
  cinema: 'hall',
  bus: 'bus',
  coworking: 'floor',
};

/** 0 → A, 25 → Z, 26 → AA, 27 → AB: spreadsheet-style letters, so 50 rows still get letters. */
export function alphaLabel(index: number): string {
  let label = '';
  for (let n = index; n >= 0; n = Math.floor(n / 26) - 1) label = String.fromCharCode(65 + (n % 26)) + label;
  return label;
}

/**
 * Cinema halls: row letter + seat number (`A1`, `J12`). Buses: row number + seat letter (`1A`,
 * `10D`). Coworking floors: `D` + running number (`D1`…). Aisles are skipped in every count.
 */
export function seatLabel(
  kind: LayoutKind,
  position: { seatRow: number; seatInRow: number; index: number },
): string {
  switch (kind) {
    case 'hall':
      return `${alphaLabel(position.seatRow)}${position.seatInRow + 1}`;
    case 'bus':
      return `${position.seatRow + 1}${alphaLabel(position.seatInRow)}`;
    case 'floor':
      return `D${position.index + 1}`;
  }
}

export const normalizeSeatLabel = (label: string) => label.trim().toUpperCase();

function indexSet(values: readonly number[] | undefined, limit: number, field: string, what: string) {
  const set = new Set<number>();
  for (const value of values ?? []) {
    if (!Number.isInteger(value) || value < 0 || value >= limit) {
      throw validationError(field, `${what} ${value} is outside the grid (0 to ${limit - 1})`);
    }
    set.add(value);
  }
  return set;
}

/** Checks the class list and returns it by name. */
export function seatClassesByName(seatClasses: readonly SeatClassSpec[]): Map<string, SeatClassSpec> {
  if (seatClasses.length === 0) throw validationError('seatClasses', 'Give at least one seat class');
  if (seatClasses.length > MAX_SEAT_CLASSES) {
    throw validationError('seatClasses', `At most ${MAX_SEAT_CLASSES} seat classes`);
  }
  const byName = new Map<string, SeatClassSpec>();
  for (const seatClass of seatClasses) {
    if (byName.has(seatClass.name)) {
      throw validationError('seatClasses', `The seat class "${seatClass.name}" is listed twice`);
    }
    if (!Number.isInteger(seatClass.priceMinor) || seatClass.priceMinor < 0) {
      throw validationError('seatClasses', `The price of "${seatClass.name}" must be a whole amount ≥ 0`);
    }
    byName.set(seatClass.name, seatClass);
  }
  return byName;
}

/**
 * Every seat of a grid, front to back and left to right. Throws a validation error naming the
 * field for anything that does not fit: an aisle outside the grid, a row class for a row that does
 * not exist or is an aisle, an unknown class, a blocked label that is no seat, a grid with no seats.
 */
export function generateLayoutSeats(spec: LayoutGridSpec): GeneratedSeat[] {
  if (!Number.isInteger(spec.rows) || spec.rows < 1 || spec.rows > MAX_LAYOUT_ROWS) {
    throw validationError('rows', `Rows must be a whole number from 1 to ${MAX_LAYOUT_ROWS}`);
  }
  if (!Number.isInteger(spec.cols) || spec.cols < 1 || spec.cols > MAX_LAYOUT_COLS) {
    throw validationError('cols', `Columns must be a whole number from 1 to ${MAX_LAYOUT_COLS}`);
  }
  const aisleCols = indexSet(spec.aisleCols, spec.cols, 'aisleCols', 'Aisle column');
  const aisleRows = indexSet(spec.aisleRows, spec.rows, 'aisleRows', 'Aisle row');
  const classes = seatClassesByName(spec.seatClasses);
  const defaultClass = spec.seatClasses[0]!;

  const classOfRow = new Map<number, SeatClassSpec>();
  for (const [key, name] of Object.entries(spec.rowClasses ?? {})) {
    const field = `rowClasses.${key}`;
    const row = /^\d+$/.test(key) ? Number(key) : Number.NaN;
    if (!Number.isInteger(row) || row >= spec.rows) {
      throw validationError(field, `Row ${key} is outside the grid (0 to ${spec.rows - 1})`);
    }
    if (aisleRows.has(row)) throw validationError(field, `Row ${row} is an aisle; it has no seats`);
    const seatClass = classes.get(name);
    if (!seatClass) throw validationError(field, `There is no seat class "${name}"`);
    classOfRow.set(row, seatClass);
  }

  const seats: GeneratedSeat[] = [];
  let seatRow = 0;
  for (let row = 0; row < spec.rows; row++) {
    if (aisleRows.has(row)) continue;
    const seatClass = classOfRow.get(row) ?? defaultClass;
    let seatInRow = 0;
    for (let col = 0; col < spec.cols; col++) {
      if (aisleCols.has(col)) continue;
      seats.push({
        label: seatLabel(spec.kind, { seatRow, seatInRow, index: seats.length }),
        row,
        col,
        seatClass: seatClass.name,
        priceMinor: seatClass.priceMinor,
        blocked: false,
        sortOrder: seats.length,
      });
      seatInRow++;
    }
    seatRow++;
  }
  if (seats.length === 0) {
    throw validationError('aisleCols', 'This grid has no seats: every row or every column is an aisle');
  }
  return applyBlocked(seats, spec.blocked ?? []);
}

/** Marks the given labels blocked and every other seat open; an unknown label is a validation error. */
export function applyBlocked<T extends { label: string; blocked: boolean }>(
  seats: readonly T[],
  blocked: readonly string[],
): T[] {
  const wanted = new Set(blocked.map(normalizeSeatLabel));
  const labels = new Set(seats.map((seat) => seat.label));
  for (const label of wanted) {
    if (!labels.has(label)) throw validationError('blocked', `There is no seat ${label} in this layout`);
  }
  return seats.map((seat) => ({ ...seat, blocked: wanted.has(seat.label) }));
}

export interface DescribedGrid {
  aisleCols: number[];
  aisleRows: number[];
  rowClasses: Record<string, string>;
  blocked: string[];
}

/**
 * The description back from stored seats, so an editor can show and change what it made:
 * columns and rows without any seat are aisles, a row's class is its seats' class.
 */
export function describeLayoutGrid(
  shape: { rows: number; cols: number },
  seats: readonly { label: string; row: number; col: number; seatClass: string | null; blocked: boolean }[],
): DescribedGrid {
  const usedRows = new Set(seats.map((seat) => seat.row));
  const usedCols = new Set(seats.map((seat) => seat.col));
  const rowClasses: Record<string, string> = {};
  for (const seat of seats) {
    if (seat.seatClass !== null && rowClasses[seat.row] === undefined) rowClasses[seat.row] = seat.seatClass;
  }
  return {
    aisleCols: range(shape.cols).filter((col) => !usedCols.has(col)),
    aisleRows: range(shape.rows).filter((row) => !usedRows.has(row)),
    rowClasses,
    blocked: seats.filter((seat) => seat.blocked).map((seat) => seat.label),
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
