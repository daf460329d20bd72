import { BOOKING_STATUSES } from '@reserva/domain';
import { formatLocalDate } from '@reserva/ui';
import { type ChartColumn, ColumnChart } from '../charts/ColumnChart';
import { formatCount } from '../format/numbers';
import { usePanelT } from '../i18n/panel-i18n';
import { STATUS_COLORS } from './status-colors';
import type { Stats } from './use-dashboard-stats';

/** Day columns, e.g. "5" for 2026-03-05, with the full date in tooltips and the table. */
export const dayColumns = (
  daily: Stats['daily'],
  values: (day: Stats['daily'][number]) => Record<string, number>,
) =>
  daily.map(
    (day): ChartColumn => ({
      key: day.date,
      label: formatLocalDate(day.date),
      tick: String(Number(day.date.slice(8))),
      values: values(day),
    }),
  );

export function BookingsPerDayChart({ stats }: { stats: Stats }) {
  const { t, pt } = usePanelT();
  // Only statuses that occur: a legend of nine entries, most of them empty, helps nobody.
  const series = BOOKING_STATUSES.filter((status) => stats.byStatus[status] > 0).map((status) => ({
    key: status,
    label: t(`status.${status}`),
    color: STATUS_COLORS[status],
  }));
  const columns = dayColumns(stats.daily, (day) => day.byStatus);
  return (
    <ColumnChart
      title={pt('dashboard.perDayTitle')}
      description={pt('dashboard.perDayDesc', {
        total: formatCount(stats.total),
        from: columns[0]?.label ?? '',
        to: columns.at(-1)?.label ?? '',
        max: formatCount(Math.max(0, ...stats.daily.map((day) => day.total))),
      })}
      series={series}
      columns={columns}
      columnHeading={pt('chart.date')}
      format={formatCount}
      integer
      legend
    />
  );
}
