import { normalizeBookingCode } from '@reserva/domain';
import { errorCode, Loading, Notice, QueryError, trpc, useDocumentTitle, useMe } from '@reserva/ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { BookingDetailView } from '../booking-detail/BookingDetailView';
import {
  bookingLookup,
  type GuestProof,
  rememberManageToken,
  useKeptManageToken,
} from '../booking-detail/manage-tokens';
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
  const [search, setSearch] = useSearchParams();
  const linkToken = search.get('t');
  // A manage link's token is kept by this browser and taken out of the address bar.
  useEffect(() => {
    if (!linkToken) return;
    rememberManageToken(code, linkToken);
    setSearch({}, { replace: true, state: location.state });
  }, [code, linkToken, setSearch, location.state]);
  const proof = (location.state as { proof?: GuestProof } | null)?.proof;
  const keptToken = useKeptManageToken(code);
  const input = useMemo(
    () => bookingLookup(code, proof, linkToken ?? keptToken),
    [code, linkToken, keptToken, proof],
  );
  // Who may see a booking depends on who is asking: wait for the session first.
  const booking = trpc.bookings.get.useQuery(input, { enabled: !me.isPending });
  useEffect(() => rememberManageToken(code, booking.data?.manageToken), [code, booking.data?.manageToken]);

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
        <FindBookingForm initialCode={code} />
      </>
    );
  }
  return <BookingDetailView booking={booking.data} user={me.data ?? null} justBooked={justBooked} />;
}
