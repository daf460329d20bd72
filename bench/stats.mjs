/** Nearest-rank percentile: always a latency that was really observed, never an interpolation. */
export function percentile(samples, p) {
  if (samples.length === 0) throw new Error('percentile of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples) => percentile(samples, 50);

export const round = (value, digits = 2) => Number(value.toFixed(digits));

/**
 * One figure as printed: `target` is read against the ratio when the goal is relative to the
 * baseline (`{ ratioAtLeast }`), else against the value (`{ atMost }` / `{ atLeast }`).
 */
export function figure({ name, value, unit, baseline, target }) {
  const line = { name, value: round(value), unit };
  let ratio;
  if (baseline !== undefined) {
    line.baseline = round(baseline);
    ratio = baseline > 0 ? value / baseline : 0;
    line.ratio = round(ratio, 3);
  }
  if (target) {
    if ('ratioAtLeast' in target) {
      line.target = `ratio >= ${target.ratioAtLeast}`;
      line.ok = ratio !== undefined && ratio >= target.ratioAtLeast;
    } else if ('atMost' in target) {
      line.target = `<= ${target.atMost}`;
      line.ok = value <= target.atMost;
    } else if ('atLeast' in target) {
      line.target = `>= ${target.atLeast}`;
      line.ok = value >= target.atLeast;
    }
  }
  return line;
}
