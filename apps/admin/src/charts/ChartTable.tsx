import { usePanelT } from '../i18n/panel-i18n';
import type { ChartSeries } from './ChartLegend';

interface ChartTableProps {
  series: readonly ChartSeries[];
  rows: readonly { key: string; label: string; values: Readonly<Record<string, number>> }[];
  rowHeading: string;
  format: (value: number) => string;
}

/** A chart's numbers as a table: one row per column or bar, one column per series, and a total. */
export function ChartTable({ series, rows, rowHeading, format }: ChartTableProps) {
  const { pt } = usePanelT();
  const withTotal = series.length > 1;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          {series.map((one) => (
            <th scope="col" key={one.key}>
              {one.label}
            </th>
          ))}
          {withTotal ? <th scope="col">{pt('chart.total')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {series.map((one) => (
              <td key={one.key}>{format(row.values[one.key] ?? 0)}</td>
            ))}
            {withTotal ? (
              <td>{format(series.reduce((sum, one) => sum + (row.values[one.key] ?? 0), 0))}</td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
