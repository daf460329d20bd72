import { CalendarLinkPanel, Loading, Notice, trpc, useDocumentTitle, useMe } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FindBookingForm } from '../my-bookings/FindBookingForm';
import { MyBookingsList } from '../my-bookings/MyBookingsList';

export function MyBookingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('myBookings.title'));
  const me = useMe();
  const myFeed = trpc.calendar.myFeed.useMutation();
  if (me.isPending) return <Loading />;
  if (!me.data) {
    return (
      <>
        <Notice
          title={t('myBookings.signInTitle')}
          actions={
            <Link to="/signin" state={{ from: '/my-bookings' }} className="btn btn-primary">
              {t('auth.signIn')}
            </Link>
          }
        >
          <p>{t('myBookings.signInBody')}</p>
        </Notice>
        <FindBookingForm />
      </>
    );
  }
  return (
    <section className="my-bookings" aria-labelledby="my-bookings-title">
      <h1 id="my-bookings-title">{t('myBookings.title')}</h1>
      <MyBookingsList />
      <CalendarLinkPanel issue={() => myFeed.mutateAsync()} pending={myFeed.isPending} />
    </section>
  );
}
