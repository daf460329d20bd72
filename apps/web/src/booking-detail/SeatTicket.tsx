import { type BookingDetail, formatVenueRange, QrCode, trpc } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

/** Only a booking that still admits its holder gets a code to scan. */
const VALID = new Set(['CONFIRMED', 'CHECKED_IN']);

/**
 * A cinema or bus ticket: the film or trip, when, the seats in large type, and the booking code as
 * a QR code for the usher or the driver to scan.
 */
export function SeatTicket({ booking }: { booking: BookingDetail }) {
  const { t } = useTranslation();
  const event = trpc.events.get.useQuery(
    { id: booking.eventId ?? '' },
    { enabled: booking.eventId !== null, staleTime: 5 * 60_000 },
  );
  const seats = booking.items.filter((item) => item.active || booking.status === 'CANCELLED');
  const trip = booking.venue.kind === 'bus';
  return (
    <section className="card seat-ticket" aria-labelledby="seat-ticket-title">
      <div className="seat-ticket-facts">
        <h2 id="seat-ticket-title">{t(trip ? 'ticket.busTitle' : 'ticket.cinemaTitle')}</h2>
        {event.data ? <p className="seat-ticket-event">{event.data.title}</p> : null}
        <p>{formatVenueRange(booking.start, booking.end, booking.venue.timeZone)}</p>
        {event.data?.layout ? <p>{event.data.layout.name}</p> : null}
        <p className="seat-ticket-seats">
          <span className="seat-ticket-label">{t('ticket.seats', { count: seats.length })}</span>{' '}
          <strong>{seats.map((seat) => seat.label).join(', ')}</strong>
        </p>
      </div>
      {VALID.has(booking.status) ? (
        <figure className="seat-ticket-qr">
          <QrCode value={booking.code} label={t('ticket.qrLabel', { code: booking.code })} />
          <figcaption>{t(trip ? 'ticket.showDriver' : 'ticket.showUsher')}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
