import { describe, expect, it } from 'vitest';
import { labelEvery, niceMax, ticks } from './scale';

describe('chart scale', () => {
  it('rounds the axis up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([0, 1, 3, 7, 12, 26, 180, 0.26].map((value) => niceMax(value))).toEqual([
      1, 1, 5, 10, 20, 50, 200, 0.5,
    ]);
    expect(niceMax(0.26, true)).toBe(1);
  });

  it('puts a middle gridline only on a whole count when counting', () => {
    expect(ticks(10, true)).toEqual([0, 5, 10]);
    expect(ticks(5, true)).toEqual([0, 5]);
    expect(ticks(0.5)).toEqual([0, 0.25, 0.5]);
  });

  it('labels every n-th column so that no more than a dozen labels show', () => {
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(38)).toBe(4);
  });
});
