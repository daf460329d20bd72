import { usePanelT } from '../i18n/panel-i18n';
import { ValueAxis } from './Axis';
import { ChartFigure } from './ChartFigure';
import { ChartLegend, type ChartSeries } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { labelEvery, niceMax } from './scale';

export interface ChartColumn {
  key: string;
  /** Full name of the column (a date), for tooltips and the table. */
  label: string;
  /** Short label under the column. */
  tick: string;
  values: Readonly<Record<string, number>>;
}

interface ColumnChartProps {
  title: string;
  description: string;
  /** Stacked bottom-up in this order; one series draws plain columns. */
  series: readonly ChartSeries[];
  columns: readonly ChartColumn[];
  columnHeading: string;
  format: (value: number) => string;
  /** Shorter labels for the value axis, where space is tight (money). */
  formatAxis?: (value: number) => string;
  /** Counts and minor units: gridlines on whole numbers only. */
  integer?: boolean;
  /** Name the series under the chart (always for statuses, even when only one occurs). */
  legend?: boolean;
}

const HEIGHT = 240;
const MARGIN = { left: 64, right: 8, top: 10, bottom: 26 };
/** Room one label under a column needs. */
const TICK_SPACE = 32;

const sumOf = (column: ChartColumn, series: readonly ChartSeries[]) =>
  series.reduce((sum, one) => sum + (column.values[one.key] ?? 0), 0);

/** Columns over time, stacked by series (bookings per day by status, revenue per day). */
export function ColumnChart(props: ColumnChartProps) {
  const { title, description, series, columns, columnHeading, format, integer = false } = props;
  const { pt } = usePanelT();
  const max = niceMax(Math.max(0, ...columns.map((column) => sumOf(column, series))), integer);
  const empty = columns.every((column) => sumOf(column, series) === 0);
  const bottom = HEIGHT - MARGIN.bottom;
  const height = (value: number) => (value / max) * (bottom - MARGIN.top);

  return (
    <ChartFigure
      title={title}
      description={description}
      height={HEIGHT}
      legend={(props.legend ?? series.length > 1) ? <ChartLegend series={series} /> : null}
      table={<ChartTable series={series} rows={columns} rowHeading={columnHeading} format={format} />}
    >
      {(width) => {
        const right = width - MARGIN.right;
        const slot = (right - MARGIN.left) / Math.max(1, columns.length);
        const barWidth = Math.max(1, slot * 0.72);
        const every = labelEvery(columns.length, Math.max(2, Math.floor((right - MARGIN.left) / TICK_SPACE)));
        return (
          <>
            <ValueAxis
              max={max}
              integer={integer}
              empty={empty}
              left={MARGIN.left}
              right={right}
              top={MARGIN.top}
              bottom={bottom}
              format={props.formatAxis ?? format}
            />
            {columns.map((column, index) => {
              const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
              let base = bottom;
              return (
                <g key={column.key}>
                  {series.map((one) => {
                    const value = column.values[one.key] ?? 0;
                    if (value <= 0) return null;
                    base -= height(value);
                    return (
                      <rect
                        key={one.key}
                        className="bar"
                        x={x}
                        y={base}
                        width={barWidth}
                        height={height(value)}
                        fill={one.color}
                      >
                        <title>{`${column.label} · ${one.label}: ${format(value)}`}</title>
                      </rect>
                    );
                  })}
                  {index % every === 0 ? (
                    <text className="chart-tick" x={x + barWidth / 2} y={bottom + 17} textAnchor="middle">
                      {column.tick}
                    </text>
                  ) : null}
                </g>
              );
            })}
            {empty ? (
              <text className="chart-empty" x={(MARGIN.left + right) / 2} y={HEIGHT / 2} textAnchor="middle">
                {pt('chart.empty')}
              </text>
            ) : null}
          </>
        );
      }}
    </ChartFigure>
  );
}
