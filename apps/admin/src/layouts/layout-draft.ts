import {
  type GeneratedSeat,
  generateLayoutSeats,
  isDomainError,
  type LayoutKind,
  MAX_LAYOUT_COLS,
  MAX_LAYOUT_ROWS,
  MAX_SEAT_CLASSES,
} from '@reserva/domain';
import type { RouterOutputs } from '@reserva/ui';
import { amountText, parseAmount } from '../format/money-input';

export type AdminLayout = RouterOutputs['admin']['layouts']['get'];
export { MAX_LAYOUT_COLS, MAX_LAYOUT_ROWS, MAX_SEAT_CLASSES };

export interface SeatClassDraft {
  name: string;
  /** As typed (`75.000`). */
  price: string;
}

/** What the editor changes; seats are derived from it, exactly as the server derives them. */
export interface LayoutDraft {
  name: string;
  frontLabel: string;
  rows: number;
  cols: number;
  aisleCols: number[];
  aisleRows: number[];
  /** Blocked seats by grid position (`row:col`), so they stay put when an aisle renumbers labels. */
  blocked: string[];
  seatClasses: SeatClassDraft[];
  /** Grid row → class name; rows not listed are in the first class. */
  rowClasses: Record<number, string>;
}

export type CellState = 'seat' | 'blocked' | 'aisle';

export const cellKey = (row: number, col: number) => `${row}:${col}`;
const sorted = (values: Iterable<number>) => [...new Set(values)].sort((a, b) => a - b);
const toggle = (values: readonly number[], value: number) =>
  values.includes(value) ? values.filter((v) => v !== value) : sorted([...values, value]);

const FRONT: Record<LayoutKind, string> = { hall: 'LAYAR', bus: 'SOPIR', floor: '' };

export function emptyDraft(kind: LayoutKind): LayoutDraft {
  const bus = kind === 'bus';
  return {
    name: '',
    frontLabel: FRONT[kind],
    rows: bus ? 10 : 8,
    cols: bus ? 5 : 10,
    aisleCols: bus ? [2] : [],
    aisleRows: [],
    blocked: [],
    seatClasses: [{ name: 'Reguler', price: '0' }],
    rowClasses: {},
  };
}

export function draftFromLayout(layout: AdminLayout): LayoutDraft {
  const firstClass = layout.seatClasses[0]?.name;
  const rowClasses: Record<number, string> = {};
  for (const [row, name] of Object.entries(layout.rowClasses)) {
    if (name !== firstClass) rowClasses[Number(row)] = name;
  }
  return {
    name: layout.name,
    frontLabel: layout.frontLabel ?? '',
    rows: layout.rows,
    cols: layout.cols,
    aisleCols: sorted(layout.aisleCols),
    aisleRows: sorted(layout.aisleRows),
    blocked: layout.seats.filter((seat) => seat.status === 'blocked').map((s) => cellKey(s.row, s.col)),
    seatClasses: layout.seatClasses.map((c) => ({ name: c.name, price: amountText(c.priceMinor) })),
    rowClasses,
  };
}

export function cellState(draft: LayoutDraft, row: number, col: number): CellState {
  if (draft.aisleRows.includes(row) || draft.aisleCols.includes(col)) return 'aisle';
  return draft.blocked.includes(cellKey(row, col)) ? 'blocked' : 'seat';
}

/** Keeps only what still lies on a seat of the grid. */
function tidy(draft: LayoutDraft): LayoutDraft {
  const names = new Set(draft.seatClasses.map((c) => c.name));
  const rowClasses: Record<number, string> = {};
  for (const [key, name] of Object.entries(draft.rowClasses)) {
    const row = Number(key);
    if (row < draft.rows && !draft.aisleRows.includes(row) && names.has(name)) rowClasses[row] = name;
  }
  return {
    ...draft,
    aisleCols: draft.aisleCols.filter((col) => col < draft.cols),
    aisleRows: draft.aisleRows.filter((row) => row < draft.rows),
    blocked: draft.blocked.filter((key) => {
      const [row = 0, col = 0] = key.split(':').map(Number);
      return row < draft.rows && col < draft.cols && cellState(draft, row, col) !== 'aisle';
    }),
    rowClasses,
  };
}

export const resize = (draft: LayoutDraft, rows: number, cols: number) => tidy({ ...draft, rows, cols });
export const toggleAisleCol = (draft: LayoutDraft, col: number) =>
  tidy({ ...draft, aisleCols: toggle(draft.aisleCols, col) });
export const toggleAisleRow = (draft: LayoutDraft, row: number) =>
  tidy({ ...draft, aisleRows: toggle(draft.aisleRows, row) });

export function toggleBlocked(draft: LayoutDraft, row: number, col: number): LayoutDraft {
  if (cellState(draft, row, col) === 'aisle') return draft;
  const key = cellKey(row, col);
  const blocked = draft.blocked.includes(key)
    ? draft.blocked.filter((k) => k !== key)
    : [...draft.blocked, key];
  return { ...draft, blocked };
}

export function setRowClass(draft: LayoutDraft, row: number, name: string): LayoutDraft {
  const rowClasses = { ...draft.rowClasses, [row]: name };
  if (name === draft.seatClasses[0]?.name) delete rowClasses[row];
  return { ...draft, rowClasses };
}

/** Renames follow into the rows of that class; removed classes leave their rows in the first. */
export function setSeatClasses(draft: LayoutDraft, next: SeatClassDraft[], renamed?: [string, string]) {
  const rowClasses: Record<number, string> = {};
  for (const [row, name] of Object.entries(draft.rowClasses)) {
    rowClasses[Number(row)] = renamed && name === renamed[0] ? renamed[1] : name;
  }
  return tidy({ ...draft, seatClasses: next, rowClasses });
}

export type Preview =
  | { seats: (GeneratedSeat & { key: string })[]; problem: null }
  | { seats: []; problem: string };

/** The seats this draft makes, or the field the server would refuse (`aisleCols` when none are left). */
export function previewSeats(draft: LayoutDraft, kind: LayoutKind): Preview {
  try {
    const seats = generateLayoutSeats(gridSpec(draft, kind)).map((seat) => {
      const key = cellKey(seat.row, seat.col);
      return { ...seat, key, blocked: draft.blocked.includes(key) };
    });
    return { seats, problem: null };
  } catch (error) {
    if (isDomainError(error)) return { seats: [], problem: error.field ?? 'layout' };
    throw error;
  }
}

/** The classes as the API takes them (a price that cannot be read is -1, which the preview refuses). */
export const seatClassesOf = (draft: LayoutDraft) =>
  draft.seatClasses.map((c) => ({ name: c.name.trim(), priceMinor: parseAmount(c.price) ?? -1 }));

/** A layout stored without classes previews as one unnamed class. */
const classesOf = (draft: LayoutDraft) =>
  draft.seatClasses.length === 0 ? [{ name: '', priceMinor: 0 }] : seatClassesOf(draft);

export function gridSpec(draft: LayoutDraft, kind: LayoutKind) {
  const rowClasses: Record<string, string> = {};
  for (const [row, name] of Object.entries(draft.rowClasses)) rowClasses[row] = name.trim();
  return {
    kind,
    rows: draft.rows,
    cols: draft.cols,
    aisleCols: draft.aisleCols,
    aisleRows: draft.aisleRows,
    seatClasses: classesOf(draft),
    rowClasses,
  };
}
