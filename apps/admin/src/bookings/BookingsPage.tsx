import {
  currentLocale,
  DEFAULT_TIME_ZONE,
  Loading,
  QueryError,
  useDebouncedValue,
  useDocumentTitle,
} from '@reserva/ui';
import { useState } from 'react';
import { Pager } from '../components/Pager';
import { usePanelT } from '../i18n/panel-i18n';
import { rangeAroundToday } from '../time/local-range';
import { useVenues, zoneOf } from '../venues/use-venues';
import { BookingDrawer } from './BookingDrawer';
import { BookingsTable } from './BookingsTable';
import { CheckInField } from './CheckInField';
import { DeskFiltersBar, type DeskFilterValues } from './DeskFiltersBar';
import { PAGE_SIZE, type SortDirection, useDeskList } from './use-desk-list';

/** From today on, open-ended: what the desk works through. */
const initialFilters = (): DeskFilterValues => ({
  venueId: '',
  status: '',
  range: { from: rangeAroundToday(DEFAULT_TIME_ZONE, 0, 0).from, to: '' },
  query: '',
});

export function BookingsPage() {
  const { t, pt } = usePanelT();
  useDocumentTitle(t('admin.nav.bookings'));
  const venues = useVenues();
  const [filters, setFilters] = useState(initialFilters);
  const [page, setPage] = useState(0);
  const [direction, setDirection] = useState<SortDirection>('asc');
  const [openId, setOpenId] = useState<string | null>(null);
  const q = useDebouncedValue(filters.query.trim());
  const list = useDeskList(
    { venueId: filters.venueId, status: filters.status, range: filters.range, q },
    zoneOf(venues.data, filters.venueId),
    page,
    direction,
  );
  const updated = list.updatedAt
    ? new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'medium' }).format(list.updatedAt)
    : '';

  return (
    <>
      <h1>{t('admin.nav.bookings')}</h1>
      <CheckInField />
      <DeskFiltersBar
        venues={venues.data ?? []}
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(0);
        }}
      />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="desk-meta">
            <strong>{pt('desk.total', { count: list.total })}</strong>
            <span className="muted">{pt('desk.updated', { time: updated })}</span>
          </p>
          {list.items.length === 0 ? (
            <p className="muted">{pt('desk.empty')}</p>
          ) : (
            <BookingsTable
              bookings={list.items}
              direction={direction}
              onSort={() => {
                setDirection((current) => (current === 'asc' ? 'desc' : 'asc'));
                setPage(0);
              }}
              onOpen={setOpenId}
            />
          )}
          <Pager page={page} pageSize={PAGE_SIZE} total={list.total} onPage={setPage} />
        </>
      )}
      {openId ? <BookingDrawer key={openId} id={openId} onClose={() => setOpenId(null)} /> : null}
    </>
  );
}
