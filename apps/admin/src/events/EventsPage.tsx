import { DEFAULT_TIME_ZONE, Loading, QueryError, useDocumentTitle } from '@reserva/ui';
import { useState } from 'react';
import { Pager } from '../components/Pager';
import { usePanelT } from '../i18n/panel-i18n';
import { rangeAroundToday } from '../time/local-range';
import { type AdminVenue, useAdminVenues } from '../venues/use-admin-venues';
import { zoneOf } from '../venues/use-venues';
import { CancelEventDialog, type CancelResult } from './CancelEventDialog';
import { EventFiltersBar } from './EventFiltersBar';
import { EventForm } from './EventForm';
import { EventsTable } from './EventsTable';
import { type AdminEvent, EVENT_KIND_OF } from './event-form-values';
import { RefundPanel } from './RefundPanel';
import { EVENTS_PAGE, type EventFilters, useEventsList } from './use-events-list';

const initialFilters = (): EventFilters => ({
  venueId: '',
  status: '',
  range: { from: rangeAroundToday(DEFAULT_TIME_ZONE, 0, 0).from, to: '' },
});

/** Showtimes and trips: schedule, change, cancel, and follow the refunds a cancellation starts. */
export function EventsPage() {
  const { t, pt } = usePanelT();
  useDocumentTitle(t('admin.nav.events'));
  const venues = useAdminVenues();
  const scheduling: AdminVenue[] = (venues.data ?? []).filter((venue) => EVENT_KIND_OF[venue.kind]);
  const venueOf = (id: string) => venues.data?.find((venue) => venue.id === id);
  const [filters, setFilters] = useState(initialFilters);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<AdminEvent | 'new' | null>(null);
  const [cancelling, setCancelling] = useState<AdminEvent | null>(null);
  const [refunds, setRefunds] = useState<{ event: AdminEvent; result: CancelResult | null } | null>(null);
  const [status, setStatus] = useState('');
  const list = useEventsList(filters, zoneOf(venues.data, filters.venueId), page);

  return (
    <>
      <div className="page-head">
        <h1>{t('admin.nav.events')}</h1>
        <button
          type="button"
          className="btn btn-primary"
          aria-expanded={editing === 'new'}
          onClick={() => {
            setStatus('');
            setEditing(editing === 'new' ? null : 'new');
          }}
        >
          {pt('events.new')}
        </button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
      {editing && venues.data ? (
        <EventForm
          key={editing === 'new' ? 'new' : editing.id}
          venues={scheduling}
          event={editing === 'new' ? null : editing}
          onDone={(message) => {
            setEditing(null);
            setStatus(message);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {refunds ? (
        <RefundPanel
          key={refunds.event.id}
          event={refunds.event}
          result={refunds.result}
          currency={venueOf(refunds.event.venueId)?.currency ?? 'IDR'}
          onClose={() => setRefunds(null)}
        />
      ) : null}
      <EventFiltersBar
        venues={scheduling}
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(0);
        }}
      />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p className="desk-meta">
            <strong>{pt('events.total', { count: list.data.total })}</strong>
          </p>
          {list.data.items.length === 0 ? (
            <p className="muted">{pt('events.empty')}</p>
          ) : (
            <EventsTable
              events={list.data.items}
              venueOf={venueOf}
              onEdit={(event) => {
                setStatus('');
                setEditing(event);
              }}
              onCancel={setCancelling}
              onRefunds={(event) => setRefunds({ event, result: null })}
            />
          )}
          <Pager page={page} pageSize={EVENTS_PAGE} total={list.data.total} onPage={setPage} />
        </>
      )}
      <CancelEventDialog
        event={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(event, result) => {
          setCancelling(null);
          setEditing(null);
          setRefunds({ event, result });
        }}
      />
    </>
  );
}
