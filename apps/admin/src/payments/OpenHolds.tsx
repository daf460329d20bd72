import {
  currentLocale,
  formatMoney,
  formatVenueDateTime,
  formatVenueTime,
  Loading,
  QueryError,
  trpc,
  whatsappUrl,
} from '@reserva/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useId } from 'react';
import { placesOf } from '../bookings/BookingsTable';
import { DESK_LIVE } from '../bookings/use-desk-list';
import { TimeLeft } from '../components/TimeLeft';
import { usePanelT } from '../i18n/panel-i18n';

/**
 * Seats held and waiting for an offline payment, oldest first, with who to call. Refreshed every
 * 10 seconds like the desk, so paid and expired holds leave the list by themselves.
 */
export function OpenHolds() {
  const { pt } = usePanelT();
  const headingId = useId();
  const holds = trpc.staff.bookings.list.useQuery(
    { status: 'HELD', limit: 100 },
    { ...DESK_LIVE, placeholderData: keepPreviousData },
  );
  const updated = holds.dataUpdatedAt
    ? new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'medium' }).format(holds.dataUpdatedAt)
    : '';

  return (
    <section className="open-holds" aria-labelledby={headingId}>
      <h2 id={headingId}>{pt('payments.openTitle')}</h2>
      {holds.isPending ? (
        <Loading />
      ) : holds.isError ? (
        <QueryError error={holds.error} onRetry={() => void holds.refetch()} />
      ) : (
        <>
          <p className="desk-meta">
            <strong>{pt('payments.openCount', { count: holds.data.total })}</strong>
            <span className="muted">{pt('desk.updated', { time: updated })}</span>
          </p>
          {holds.data.items.length === 0 ? (
            <p className="muted">{pt('payments.openEmpty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="desk-table">
                <caption className="visually-hidden">{pt('payments.openTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{pt('payments.heldSince')}</th>
                    <th scope="col">{pt('payments.event')}</th>
                    <th scope="col">{pt('payments.seats', { count: 2 })}</th>
                    <th scope="col">{pt('desk.name')}</th>
                    <th scope="col">{pt('payments.contact')}</th>
                    <th scope="col">{pt('payments.total')}</th>
                    <th scope="col">{pt('payments.timeLeft')}</th>
                    <th scope="col">{pt('payments.claimCodeColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {holds.data.items.map((hold) => {
                    const wa = whatsappUrl(hold.contact.phone);
                    return (
                      <tr key={hold.id}>
                        <td className="nowrap">{formatVenueTime(hold.createdAt, hold.venue.timeZone)}</td>
                        <td>
                          {hold.venue.name} · {formatVenueDateTime(hold.start, hold.venue.timeZone)}
                        </td>
                        <td>{placesOf(hold)}</td>
                        <th scope="row">{hold.contact.name ?? pt('payments.noContact')}</th>
                        <td className="nowrap">
                          {wa ? (
                            <a href={wa} target="_blank" rel="noreferrer">
                              {hold.contact.phone}
                            </a>
                          ) : (
                            '—'
                          )}
                        </td>
                        <td className="num nowrap">{formatMoney(hold.totalMinor, hold.currency)}</td>
                        <td className="nowrap">
                          {hold.hold ? <TimeLeft until={hold.hold.expiresAt} /> : '—'}
                        </td>
                        <td className="nowrap">
                          <code>{hold.hold?.claimCode ?? '—'}</code>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
