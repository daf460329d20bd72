import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  alphaLabel,
  applyBlocked,
  describeLayoutGrid,
  generateLayoutSeats,
  type LayoutGridSpec,
} from './layout-grid.js';

const REGULAR = { name: 'Regular', priceMinor: 50_000 };
const PREMIUM = { name: 'Premium', priceMinor: 75_000 };

function fieldOfFailure(spec: LayoutGridSpec): { field: string | undefined; message: string } {
  try {
    generateLayoutSeats(spec);
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'Validation') {
      return { field: error.field, message: error.message };
    }
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('alphaLabel', () => {
  it('counts like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(alphaLabel)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('generateLayoutSeats', () => {
  it('labels a hall by row letter and seat number, skipping the aisle, front to back', () => {
    const seats = generateLayoutSeats({
      kind: 'hall',
      rows: 3,
      cols: 5,
      aisleCols: [2],
      seatClasses: [REGULAR],
    });
    expect(seats.map((s) => s.label)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'B1',
      'B2',
      'B3',
      'B4',
      'C1',
      'C2',
      'C3',
      'C4',
    ]);
    // Seats keep their grid position: the aisle column 2 is empty, A3 sits in column 3.
    expect(seats.find((s) => s.label === 'A3')).toMatchObject({ row: 0, col: 3, sortOrder: 2 });
    expect(seats.every((s) => s.seatClass === 'Regular' && s.priceMinor === 50_000 && !s.blocked)).toBe(true);
  });

  it('labels a bus by row number and seat letter; a door row is skipped in the numbering', () => {
    const seats = generateLayoutSeats({
      kind: 'bus',
      rows: 4,
      cols: 4,
      aisleCols: [2],
      aisleRows: [1],
      seatClasses: [{ name: 'Standard', priceMinor: 0 }],
    });
    expect(seats.map((s) => s.label)).toEqual(['1A', '1B', '1C', '2A', '2B', '2C', '3A', '3B', '3C']);
    expect(seats.find((s) => s.label === '2A')).toMatchObject({ row: 2, col: 0 });
    expect(seats.find((s) => s.label === '1C')).toMatchObject({ row: 0, col: 3 });
  });

  it('numbers coworking desks D1… across the floor', () => {
    const seats = generateLayoutSeats({
      kind: 'floor',
      rows: 2,
      cols: 3,
      aisleRows: [0],
      seatClasses: [REGULAR],
    });
    expect(seats.map((s) => s.label)).toEqual(['D1', 'D2', 'D3']);
  });

  it('gives rows their class and price, the first class by default', () => {
    const seats = generateLayoutSeats({
      kind: 'hall',
      rows: 3,
      cols: 2,
      seatClasses: [REGULAR, PREMIUM],
      rowClasses: { '2': 'Premium' },
    });
    expect(seats.map((s) => `${s.label}:${s.seatClass}:${s.priceMinor}`)).toEqual([
      'A1:Regular:50000',
      'A2:Regular:50000',
      'B1:Regular:50000',
      'B2:Regular:50000',
      'C1:Premium:75000',
      'C2:Premium:75000',
    ]);
  });

  it('marks blocked seats, accepting labels in any case', () => {
    const seats = generateLayoutSeats({
      kind: 'hall',
      rows: 2,
      cols: 2,
      seatClasses: [REGULAR],
      blocked: ['a2', ' B1 '],
    });
    expect(seats.filter((s) => s.blocked).map((s) => s.label)).toEqual(['A2', 'B1']);
  });

  it('goes past Z with double letters on a 50-row hall; all labels are unique', () => {
    const seats = generateLayoutSeats({ kind: 'hall', rows: 50, cols: 50, seatClasses: [REGULAR] });
    expect(seats).toHaveLength(2500);
    expect(new Set(seats.map((s) => s.label)).size).toBe(2500);
    expect(seats.at(-1)!.label).toBe('AX50');
    const bus = generateLayoutSeats({ kind: 'bus', rows: 50, cols: 50, seatClasses: [REGULAR] });
    expect(new Set(bus.map((s) => s.label)).size).toBe(2500);
  });

  it('names the field of every bad description', () => {
    const base: LayoutGridSpec = { kind: 'hall', rows: 3, cols: 4, seatClasses: [REGULAR, PREMIUM] };
    expect(fieldOfFailure({ ...base, rows: 0 }).field).toBe('rows');
    expect(fieldOfFailure({ ...base, rows: 51 }).field).toBe('rows');
    expect(fieldOfFailure({ ...base, cols: 2.5 }).field).toBe('cols');
    expect(fieldOfFailure({ ...base, aisleCols: [4] })).toEqual({
      field: 'aisleCols',
      message: 'Aisle column 4 is outside the grid (0 to 3)',
    });
    expect(fieldOfFailure({ ...base, aisleRows: [-1] }).field).toBe('aisleRows');
    expect(fieldOfFailure({ ...base, seatClasses: [] }).field).toBe('seatClasses');
    expect(fieldOfFailure({ ...base, seatClasses: [REGULAR, REGULAR] }).field).toBe('seatClasses');
    expect(fieldOfFailure({ ...base, rowClasses: { '3': 'Premium' } }).field).toBe('rowClasses.3');
    expect(fieldOfFailure({ ...base, rowClasses: { x: 'Premium' } }).field).toBe('rowClasses.x');
    expect(fieldOfFailure({ ...base, rowClasses: { '1': 'VIP' } })).toEqual({
      field: 'rowClasses.1',
      message: 'There is no seat class "VIP"',
    });
    expect(fieldOfFailure({ ...base, aisleRows: [1], rowClasses: { '1': 'Premium' } }).field).toBe(
      'rowClasses.1',
    );
    expect(fieldOfFailure({ ...base, blocked: ['Z9'] })).toEqual({
      field: 'blocked',
      message: 'There is no seat Z9 in this layout',
    });
    expect(fieldOfFailure({ ...base, aisleCols: [0, 1, 2, 3] }).field).toBe('aisleCols');
  });
});

describe('describeLayoutGrid', () => {
  it('gives back the description a grid was made from', () => {
    const spec = {
      kind: 'hall' as const,
      rows: 6,
      cols: 9,
      aisleCols: [4],
      aisleRows: [3],
      seatClasses: [REGULAR, PREMIUM],
      rowClasses: { '4': 'Premium', '5': 'Premium' },
      blocked: ['A1', 'E8'],
    };
    const seats = generateLayoutSeats(spec);
    const described = describeLayoutGrid(
      spec,
      seats.map((s) => ({ ...s, seatClass: s.seatClass })),
    );
    expect(described).toEqual({
      aisleCols: [4],
      aisleRows: [3],
      rowClasses: { '0': 'Regular', '1': 'Regular', '2': 'Regular', '4': 'Premium', '5': 'Premium' },
      blocked: ['A1', 'E8'],
    });
    // Generating from the description again makes the same seats.
    expect(generateLayoutSeats({ ...spec, ...described })).toEqual(seats);
  });

  it('applyBlocked replaces the blocked set', () => {
    const seats = generateLayoutSeats({
      kind: 'bus',
      rows: 1,
      cols: 3,
      seatClasses: [REGULAR],
      blocked: ['1A'],
    });
    expect(applyBlocked(seats, ['1c']).map((s) => s.blocked)).toEqual([false, false, true]);
  });
});
