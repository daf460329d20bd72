import { canTransition } from '@reserva/domain';
import { BookingCode, type BookingDetail, BookingFacts, BookingHistory, Icon, type User } from '@reserva/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookingPayment } from './BookingPayment';
import { CancelBooking } from './CancelBooking';
import { MoneyHistory } from './MoneyHistory';
import { manageTokenOf } from './manage-tokens';
import { SeatTicket } from './SeatTicket';
import { VenueChat } from './VenueChat';

interface BookingDetailViewProps {
  booking: BookingDetail;
  user: User | null;
  /** Arrived here straight from the booking form. */
  justBooked: boolean;
}

/** Confirmation and details in one: status, the code, what was booked, its history, and cancel. */
export function BookingDetailView({ booking, user, justBooked }: BookingDetailViewProps) {
  const { t } = useTranslation();
  const [cancelledNow, setCancelledNow] = useState(false);
  const isOwner = user !== null && booking.userId === user.id;
  const canCancel =
    isOwner && canTransition(booking.status, 'CANCELLED') && new Date(booking.start).getTime() > Date.now();
  // Navigation state survives a reload, so "just booked" is believed only while the booking is still live.
  const fresh =
    justBooked && !cancelledNow && (booking.status === 'PENDING' || booking.status === 'CONFIRMED');
  // The owner asks about money by id; a guest by the code with its manage link's token.
  const moneyRef = user
    ? { bookingId: booking.id }
    : { code: booking.code, manageToken: booking.manageToken ?? manageTokenOf(booking.code) };
  const heading = fresh
    ? t(booking.status === 'PENDING' ? 'bookingPage.justBooked.pending' : 'bookingPage.justBooked.confirmed')
    : t('bookingPage.title', { code: booking.code });
  return (
    <article className="booking-detail">
      <nav aria-label={t('bookingPage.nav')}>
        <Link to={user ? '/my-bookings' : '/'} className="back-link">
          <span aria-hidden="true">← </span>
          {user ? t('myBookings.title') : t('web.backToVenues')}
        </Link>
      </nav>
      <header className={fresh ? 'booking-detail-head booking-detail-success' : 'booking-detail-head'}>
        {fresh ? <Icon name="check" className="booking-detail-icon" /> : null}
        <h1>{heading}</h1>
        <p>{t(`bookingPage.statusNote.${booking.status}`, { venue: booking.venue.name })}</p>
        <p role="status" className="visually-hidden">
          {cancelledNow ? t('bookingPage.cancel.done') : ''}
        </p>
      </header>
      <BookingCode code={booking.code} />
      {booking.eventId ? <SeatTicket booking={booking} /> : null}
      <BookingPayment booking={booking} moneyRef={moneyRef} />
      <div className="booking-detail-columns">
        <section className="card" aria-labelledby="booking-facts-title">
          <h2 id="booking-facts-title">{t('bookingPage.details')}</h2>
          <BookingFacts booking={booking} />
          <div className="actions">
            <VenueChat venueId={booking.venue.id} code={booking.code} />
          </div>
        </section>
        <section className="card" aria-labelledby="booking-history-title">
          <h2 id="booking-history-title">{t('bookingPage.history')}</h2>
          <BookingHistory booking={booking} />
        </section>
      </div>
      <MoneyHistory moneyRef={moneyRef} timeZone={booking.venue.timeZone} />
      {canCancel ? <CancelBooking booking={booking} onCancelled={() => setCancelledNow(true)} /> : null}
      {!isOwner && booking.userId === null && canTransition(booking.status, 'CANCELLED') ? (
        <p className="field-hint">{t('bookingPage.guestCancel')}</p>
      ) : null}
    </article>
  );
}
