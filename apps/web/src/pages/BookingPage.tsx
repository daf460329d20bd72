import { normalizeBookingCode } from '@reserva/domain';
import { errorCode, Loading, Notice, QueryError, trpc, useDocumentTitle, useMe } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { BookingDetailView } from '../booking-detail/BookingDetailView';
import { FindBookingForm } from '../my-bookings/FindBookingForm';

/** `/bookings/:code`: the confirmation after booking, and the details page from My bookings or a code. */
export function BookingPage() {
  const { t } = useTranslation();
  const params = useParams();
  const code = normalizeBookingCode(params.code ?? '') ?? params.code ?? '';
  const location = useLocation();
  const justBooked = (location.state as { justBooked?: boolean } | null)?.justBooked === true;
  useDocumentTitle(t('bookingPage.title', { code }));
  const me = useMe();
  // Who may see a booking depends on who is asking: wait for the session first.
  const booking = trpc.bookings.get.useQuery({ code }, { enabled: !me.isPending });

  if (me.isPending || booking.isPending) return <Loading />;
  if (booking.isError) {
    if (!['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(booking.error))) {
      return <QueryError error={booking.error} onRetry={() => void booking.refetch()} />;
    }
    return (
      <>
        <Notice
          title={t('bookingPage.notFound')}
          tone="warning"
          actions={
            me.data ? null : (
              <Link to="/signin" state={{ from: location.pathname }} className="btn btn-primary">
                {t('auth.signIn')}
              </Link>
            )
          }
        >
          <p>{t('bookingPage.notFoundBody', { code })}</p>
        </Notice>
        <FindBookingForm />
      </>
    );
  }
  return <BookingDetailView booking={booking.data} user={me.data ?? null} justBooked={justBooked} />;
}
