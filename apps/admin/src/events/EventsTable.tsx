import { Badge, DEFAULT_TIME_ZONE, formatMoney, formatVenueRange } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import type { AdminEvent } from './event-form-values';

interface EventsTableProps {
  events: readonly AdminEvent[];
  venueOf: (venueId: string) => { timeZone: string; currency: string } | undefined;
  onEdit: (event: AdminEvent) => void;
  onCancel: (event: AdminEvent) => void;
  onRefunds: (event: AdminEvent) => void;
}

export function EventsTable({ events, venueOf, onEdit, onCancel, onRefunds }: EventsTableProps) {
  const { pt } = usePanelT();
  return (
    <div className="table-wrap">
      <table className="desk-table">
        <caption className="visually-hidden">{pt('events.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{pt('events.event')}</th>
            <th scope="col">{pt('events.where')}</th>
            <th scope="col">{pt('events.when')}</th>
            <th scope="col">{pt('events.price')}</th>
            <th scope="col">{pt('events.bookings')}</th>
            <th scope="col">{pt('events.status')}</th>
            <th scope="col">{pt('events.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const venue = venueOf(event.venueId);
            const zone = venue?.timeZone ?? DEFAULT_TIME_ZONE;
            const cancelled = event.status === 'cancelled';
            return (
              <tr key={event.id}>
                <th scope="row">
                  {event.title}
                  {event.busType ? (
                    <span className="muted"> · {pt(`events.busTypes.${event.busType}`)}</span>
                  ) : null}
                </th>
                <td>
                  {event.venueName} · {event.layoutName}
                </td>
                <td>{formatVenueRange(event.startsAt, event.endsAt, zone)}</td>
                <td className="num nowrap">{formatMoney(event.priceMinor, venue?.currency)}</td>
                <td className="num">{event.activeBookingCount}</td>
                <td>
                  <Badge tone={cancelled ? 'danger' : 'success'}>
                    {pt(`events.statuses.${event.status}`)}
                  </Badge>
                </td>
                <td>
                  <div className="row-actions">
                    {cancelled ? (
                      <button type="button" className="btn btn-secondary" onClick={() => onRefunds(event)}>
                        {pt('refunds.open')}
                        <span className="visually-hidden"> {event.title}</span>
                      </button>
                    ) : (
                      <>
                        <button type="button" className="btn btn-secondary" onClick={() => onEdit(event)}>
                          {pt('events.edit')}
                          <span className="visually-hidden"> {event.title}</span>
                        </button>
                        <button type="button" className="btn btn-secondary" onClick={() => onCancel(event)}>
                          {pt('events.cancel')}
                          <span className="visually-hidden"> {event.title}</span>
                        </button>
                      </>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
