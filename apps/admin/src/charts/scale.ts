const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round number (1, 2, 2.5 or 5 × 10ⁿ) at or above `value`: gridlines land on readable values. */
export function niceMax(value: number, integer = false): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = STEPS.find((candidate) => candidate * magnitude >= value - 1e-9) ?? 10;
  const max = step * magnitude;
  return integer ? Math.max(1, Math.ceil(max)) : max;
}

/** Gridline values from 0 to `max`: the middle one only where it is a whole count when counting. */
export function ticks(max: number, integer = false): number[] {
  const middle = max / 2;
  return integer && !Number.isInteger(middle) ? [0, max] : [0, middle, max];
}

/** Only every n-th label fits under many narrow columns; n keeps at most `fit` labels. */
export const labelEvery = (count: number, fit = 12): number => Math.max(1, Math.ceil(count / fit));
