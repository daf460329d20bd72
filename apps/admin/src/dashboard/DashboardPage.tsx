import { Loading, QueryError, useDocumentTitle } from '@reserva/ui';
import { DateRangeFields } from '../components/DateRangeFields';
import { usePanelT } from '../i18n/panel-i18n';
import { useAdminUser } from '../layout/AdminLayout';
import { VenueSelect } from '../venues/VenueSelect';
import { BookingsPerDayChart } from './BookingsPerDayChart';
import { MoneyByVenue, MoneyCards } from './MoneyCards';
import { OccupancyByVenueChart } from './OccupancyByVenueChart';
import { RevenueChart } from './RevenueChart';
import { StatCards } from './StatCards';
import { useDashboardStats } from './use-dashboard-stats';

export function DashboardPage() {
  const { t, pt } = usePanelT();
  const user = useAdminUser();
  useDocumentTitle(t('admin.nav.dashboard'));
  const { venues, venueId, setVenueId, range, setRange, valid, stats, currency } = useDashboardStats();

  return (
    <>
      <h1>{t('admin.nav.dashboard')}</h1>
      <p className="muted">{t('admin.welcome', { name: user.name })}</p>
      <search className="filters filters-row" aria-label={pt('dashboard.filters')}>
        <VenueSelect venues={venues.data ?? []} value={venueId} onChange={setVenueId} />
        <DateRangeFields value={range} onChange={setRange} />
      </search>
      {!valid ? null : stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <StatCards stats={stats.data} />
          <MoneyCards stats={stats.data} currency={currency} />
          <p className="muted">{pt('dashboard.zoneNote', { zone: stats.data.timeZone })}</p>
          <div className="charts">
            <BookingsPerDayChart stats={stats.data} />
            <RevenueChart stats={stats.data} currency={currency} />
          </div>
          <MoneyByVenue
            stats={stats.data}
            currencyOf={(id) => venues.data?.find((venue) => venue.id === id)?.currency ?? currency}
          />
        </>
      )}
      {valid && venues.data ? <OccupancyByVenueChart venues={venues.data} range={range} /> : null}
    </>
  );
}
