import { formatVenueDateTime, StatusBadge } from '@reserva/ui';
import { usePanelT } from '../i18n/panel-i18n';
import type { DeskBooking, SortDirection } from './use-desk-list';

interface BookingsTableProps {
  bookings: readonly DeskBooking[];
  direction: SortDirection;
  onSort: () => void;
  onOpen: (id: string) => void;
}

/** Labels of the places a booking holds (or held), each once. */
export const placesOf = (booking: Pick<DeskBooking, 'items'>): string =>
  [...new Set(booking.items.map((item) => item.label))].join(', ');

export function BookingsTable({ bookings, direction, onSort, onOpen }: BookingsTableProps) {
  const { pt } = usePanelT();
  return (
    <div className="table-wrap">
      <table className="desk-table">
        <caption className="visually-hidden">
          {pt('desk.caption')}, {pt(direction === 'asc' ? 'desk.sortedAsc' : 'desk.sortedDesc')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{pt('desk.code')}</th>
            <th scope="col" aria-sort={direction === 'asc' ? 'ascending' : 'descending'}>
              <button type="button" className="sort-button" onClick={onSort} title={pt('desk.sortBy')}>
                {pt('desk.start')} <span aria-hidden="true">{direction === 'asc' ? '▲' : '▼'}</span>
              </button>
            </th>
            <th scope="col">{pt('desk.venue')}</th>
            <th scope="col">{pt('desk.name')}</th>
            <th scope="col">{pt('desk.phone')}</th>
            <th scope="col">{pt('desk.party')}</th>
            <th scope="col">{pt('desk.status')}</th>
            <th scope="col">{pt('desk.place')}</th>
          </tr>
        </thead>
        <tbody>
          {bookings.map((booking) => (
            <tr key={booking.id}>
              <th scope="row">
                <button
                  type="button"
                  className="btn-link code-button"
                  aria-haspopup="dialog"
                  aria-label={pt('desk.open', { code: booking.code })}
                  onClick={() => onOpen(booking.id)}
                >
                  {booking.code}
                </button>
              </th>
              <td className="nowrap">{formatVenueDateTime(booking.start, booking.venue.timeZone)}</td>
              <td>{booking.venue.name}</td>
              <td>{booking.contact.name ?? '—'}</td>
              <td className="nowrap">{booking.contact.phone ?? '—'}</td>
              <td className="num">{booking.partySize}</td>
              <td>
                <StatusBadge status={booking.status} />
              </td>
              <td>{placesOf(booking) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
