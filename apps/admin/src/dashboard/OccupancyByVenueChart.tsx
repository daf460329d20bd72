import { formatLocalDate, Loading, QueryError, trpc } from '@reserva/ui';
import { BarChart } from '../charts/BarChart';
import { formatPercent } from '../format/numbers';
import { usePanelT } from '../i18n/panel-i18n';
import { type LocalRange, toInstantRange } from '../time/local-range';
import type { VenueSummary } from '../venues/use-venues';
import { PRIMARY_COLOR } from './status-colors';

/** One bar per venue: staff.stats per venue (batched into one request), each in its own zone. */
export function OccupancyByVenueChart({
  venues,
  range,
}: {
  venues: readonly VenueSummary[];
  range: LocalRange;
}) {
  const { pt } = usePanelT();
  const results = trpc.useQueries((q) =>
    venues.map((venue) => q.staff.stats({ venueId: venue.id, ...toInstantRange(range, venue.timeZone) })),
  );
  const failed = results.find((result) => result.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (results.some((result) => result.isPending)) return <Loading />;

  const bars = venues.map((venue, index) => ({
    key: venue.id,
    label: venue.name,
    value: results[index]?.data?.occupancyPct ?? 0,
  }));
  const best = bars.reduce(
    (top, bar) => (bar.value > top.value ? bar : top),
    bars[0] ?? { label: '', value: 0 },
  );
  const format = (pct: number) => formatPercent(pct / 100);
  return (
    <BarChart
      title={pt('dashboard.occupancyTitle')}
      description={pt('dashboard.occupancyDesc', {
        from: range.from ? formatLocalDate(range.from) : '…',
        to: range.to ? formatLocalDate(range.to) : '…',
        best: best.label ? `${best.label} ${format(best.value)}` : '—',
      })}
      bars={bars}
      rowHeading={pt('chart.venue')}
      valueHeading={pt('dashboard.occupancy')}
      format={format}
      color={PRIMARY_COLOR}
    />
  );
}
