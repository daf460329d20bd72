import { formatMoney } from '@reserva/ui';
import { ColumnChart } from '../charts/ColumnChart';
import { formatMoneyShort } from '../format/numbers';
import { usePanelT } from '../i18n/panel-i18n';
import { dayColumns } from './BookingsPerDayChart';
import { PRIMARY_COLOR, STATUS_COLORS } from './status-colors';
import type { Stats } from './use-dashboard-stats';

/** Money per day: net at the bottom, refunded on top, so each column is what was charged (gross). */
export function RevenueChart({ stats, currency }: { stats: Stats; currency: string }) {
  const { pt } = usePanelT();
  const columns = dayColumns(stats.daily, (day) => ({ net: day.netMinor, refunded: day.refundedMinor }));
  const format = (minor: number) => formatMoney(minor, currency);
  return (
    <ColumnChart
      title={pt('dashboard.revenueTitle')}
      description={
        stats.grossMinor > 0
          ? pt('revenue.perDayDesc', {
              gross: format(stats.grossMinor),
              refunded: format(stats.refundedMinor),
              net: format(stats.netMinor),
              from: columns[0]?.label ?? '',
              to: columns.at(-1)?.label ?? '',
            })
          : pt('dashboard.noRevenue')
      }
      series={[
        { key: 'net', label: pt('revenue.net'), color: PRIMARY_COLOR },
        { key: 'refunded', label: pt('revenue.refunded'), color: STATUS_COLORS.CANCELLED },
      ]}
      columns={columns}
      columnHeading={pt('chart.date')}
      format={format}
      formatAxis={(minor) => formatMoneyShort(minor, currency)}
      integer
    />
  );
}
