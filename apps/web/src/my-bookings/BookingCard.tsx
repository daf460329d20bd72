import { type BookingSummary, bookingWhen, StatusBadge } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One booking in My bookings: where, when, what, its status and code; opens the details. */
export function BookingCard({ booking }: { booking: BookingSummary }) {
  const { t } = useTranslation();
  const labels = booking.items.map((item) => item.label).join(', ');
  return (
    <article className="card booking-card">
      <div className="booking-card-head">
        <h3 className="booking-card-title">
          <Link to={`/bookings/${booking.code}`} className="booking-card-link">
            {booking.venue.name}
          </Link>
        </h3>
        <StatusBadge status={booking.status} />
      </div>
      <p className="booking-card-when">{bookingWhen(booking).range}</p>
      <p className="booking-card-meta">
        <span>{t(`venueKind.${booking.venue.kind}`)}</span>
        {labels ? <span>{labels}</span> : null}
        <span className="booking-card-code">{booking.code}</span>
      </p>
    </article>
  );
}
