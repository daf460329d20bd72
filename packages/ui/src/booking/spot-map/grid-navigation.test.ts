import { describe, expect, it } from 'vitest';
import { nextSpotId } from './grid-navigation';
import type { Spot } from './spot';

// Row 0: A B . C   (a gap at column 2)
// Row 1: (empty walkway)
// Row 2: . D E .
const at = (id: string, row: number, col: number): Spot => ({ id, label: id, row, col, status: 'free' });
const spots = [at('A', 0, 0), at('B', 0, 1), at('C', 0, 3), at('D', 2, 1), at('E', 2, 2)];

describe('nextSpotId', () => {
  it('moves along a row across gaps and stops at the ends', () => {
    expect(nextSpotId(spots, 'B', 'ArrowRight')).toBe('C');
    expect(nextSpotId(spots, 'C', 'ArrowRight')).toBe('C');
    expect(nextSpotId(spots, 'A', 'ArrowLeft')).toBe('A');
    expect(nextSpotId(spots, 'C', 'Home')).toBe('A');
    expect(nextSpotId(spots, 'A', 'End')).toBe('C');
  });

  it('skips empty rows and lands on the closest column', () => {
    expect(nextSpotId(spots, 'A', 'ArrowDown')).toBe('D');
    expect(nextSpotId(spots, 'C', 'ArrowDown')).toBe('E');
    // B and C are equally close to E; ties go left.
    expect(nextSpotId(spots, 'E', 'ArrowUp')).toBe('B');
    expect(nextSpotId(spots, 'D', 'ArrowDown')).toBe('D');
  });

  it('starts from the first spot when the current one is gone', () => {
    expect(nextSpotId(spots, 'gone', 'ArrowRight')).toBe('A');
  });
});
