import { ticks } from './scale';

interface ValueAxisProps {
  max: number;
  integer: boolean;
  /** Nothing to measure: only the baseline is drawn, not a scale made up for no data. */
  empty: boolean;
  /** Plot area, in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  format: (value: number) => string;
}

/** Horizontal gridlines with their values on the left, for column charts. */
export function ValueAxis({ max, integer, empty, left, right, top, bottom, format }: ValueAxisProps) {
  const y = (value: number) => bottom - (value / max) * (bottom - top);
  return (
    <g className="chart-axis">
      {(empty ? [0] : ticks(max, integer)).map((value) => (
        <g key={value}>
          <line x1={left} x2={right} y1={y(value)} y2={y(value)} className="chart-grid" />
          <text x={left - 6} y={y(value)} dy="0.32em" textAnchor="end">
            {format(value)}
          </text>
        </g>
      ))}
    </g>
  );
}
