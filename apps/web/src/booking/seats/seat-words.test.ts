import type { Seat } from '@reserva/ui';
import { describe, expect, it } from 'vitest';
import { seatSides } from './seat-words';

const seat = (label: string, row: number, col: number): Seat => ({
  id: label,
  label,
  row,
  col,
  seatClass: null,
  priceMinor: 95_000,
  status: 'available',
});

describe('seatSides', () => {
  it('finds window and aisle seats on a 2-2 bus with the aisle in column 2', () => {
    const seats = [seat('1A', 0, 0), seat('1B', 0, 1), seat('1C', 0, 3), seat('1D', 0, 4)];
    expect(Object.fromEntries(seatSides(seats))).toEqual({
      '1A': 'window',
      '1B': 'aisle',
      '1C': 'aisle',
      '1D': 'window',
    });
  });

  it('calls a lone seat by the window a window seat', () => {
    const seats = [seat('1A', 0, 0), seat('1B', 0, 1), seat('1C', 0, 3), seat('2A', 1, 0), seat('2B', 1, 1)];
    expect(seatSides(seats).get('1C')).toBe('window');
    expect(seatSides(seats).get('2B')).toBe('window');
  });
});
