export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

/** Which colour is which: the words are there, so colour is never the only cue. */
export function ChartLegend({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="chart-legend">
      {series.map((one) => (
        <li key={one.key}>
          <span className="chart-swatch" style={{ background: one.color }} aria-hidden="true" />
          {one.label}
        </li>
      ))}
    </ul>
  );
}
