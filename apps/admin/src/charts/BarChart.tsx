import { usePanelT } from '../i18n/panel-i18n';
import { ChartFigure } from './ChartFigure';
import { ChartTable } from './ChartTable';
import { niceMax } from './scale';

export interface ChartBar {
  key: string;
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  description: string;
  bars: readonly ChartBar[];
  rowHeading: string;
  valueHeading: string;
  format: (value: number) => string;
  color: string;
}

const ROW = 32;
const PAD = 6;
/** Room for the value printed after the longest bar. */
const VALUE_SPACE = 72;

/** One horizontal bar per category (occupancy by venue): long names stay readable on the left. */
export function BarChart({
  title,
  description,
  bars,
  rowHeading,
  valueHeading,
  format,
  color,
}: BarChartProps) {
  const { pt } = usePanelT();
  const max = niceMax(Math.max(0, ...bars.map((bar) => bar.value)));
  const height = PAD * 2 + Math.max(1, bars.length) * ROW;
  const series = [{ key: 'value', label: valueHeading, color }];
  const rows = bars.map((bar) => ({ key: bar.key, label: bar.label, values: { value: bar.value } }));
  return (
    <ChartFigure
      title={title}
      description={description}
      height={height}
      table={<ChartTable series={series} rows={rows} rowHeading={rowHeading} format={format} />}
    >
      {(width) => {
        const left = Math.min(170, Math.round(width * 0.38));
        const span = Math.max(1, width - left - VALUE_SPACE);
        return (
          <>
            <line x1={left} x2={left} y1={PAD} y2={height - PAD} className="chart-grid" />
            {bars.map((bar, index) => {
              const y = PAD + index * ROW;
              // A value too small to see still gets a sliver, so "some" never looks like "none".
              const w = bar.value > 0 ? Math.max(2, (bar.value / max) * span) : 0;
              return (
                <g key={bar.key}>
                  <text className="chart-tick" x={left - 8} y={y + ROW / 2} dy="0.32em" textAnchor="end">
                    {bar.label}
                  </text>
                  {w > 0 ? (
                    <rect className="bar" x={left} y={y + 6} width={w} height={ROW - 12} fill={color}>
                      <title>{`${bar.label}: ${format(bar.value)}`}</title>
                    </rect>
                  ) : null}
                  <text className="chart-value" x={left + w + 6} y={y + ROW / 2} dy="0.32em">
                    {format(bar.value)}
                  </text>
                </g>
              );
            })}
            {bars.length === 0 ? (
              <text className="chart-empty" x={width / 2} y={height / 2} dy="0.32em" textAnchor="middle">
                {pt('chart.empty')}
              </text>
            ) : null}
          </>
        );
      }}
    </ChartFigure>
  );
}
