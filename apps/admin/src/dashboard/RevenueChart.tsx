import { formatMoney } from '@reserva/ui';
import { ColumnChart } from '../charts/ColumnChart';
import { formatMoneyShort } from '../format/numbers';
import { usePanelT } from '../i18n/panel-i18n';
import { dayColumns } from './BookingsPerDayChart';
import { PRIMARY_COLOR } from './status-colors';
import type { Stats } from './use-dashboard-stats';

export function RevenueChart({ stats, currency }: { stats: Stats; currency: string }) {
  const { pt } = usePanelT();
  const columns = dayColumns(stats.daily, (day) => ({ revenue: day.revenueMinor }));
  const format = (minor: number) => formatMoney(minor, currency);
  return (
    <ColumnChart
      title={pt('dashboard.revenueTitle')}
      description={
        stats.revenueMinor > 0
          ? pt('dashboard.revenueDesc', {
              total: format(stats.revenueMinor),
              from: columns[0]?.label ?? '',
              to: columns.at(-1)?.label ?? '',
            })
          : pt('dashboard.noRevenue')
      }
      series={[{ key: 'revenue', label: pt('dashboard.revenue'), color: PRIMARY_COLOR }]}
      columns={columns}
      columnHeading={pt('chart.date')}
      format={format}
      formatAxis={(minor) => formatMoneyShort(minor, currency)}
      integer
    />
  );
}
