import { Loading, QueryError, Tabs, trpc } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { BookingCard } from './BookingCard';
import { splitBookings } from './split-bookings';

type Tab = 'upcoming' | 'past';

/** The signed-in customer's bookings, upcoming and past, newest pages loaded on demand. */
export function MyBookingsList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'past' ? 'past' : 'upcoming';
  const mine = trpc.bookings.mine.useInfiniteQuery(
    { limit: 50 },
    { getNextPageParam: (page) => page.nextCursor ?? undefined },
  );
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;

  const all = mine.data.pages.flatMap((page) => page.items);
  const groups = splitBookings(all, new Date());
  const shown = groups[tab];
  return (
    <Tabs
      label={t('myBookings.title')}
      tabs={[
        { key: 'upcoming', label: t('myBookings.tabs.upcoming', { n: groups.upcoming.length }) },
        { key: 'past', label: t('myBookings.tabs.past', { n: groups.past.length }) },
      ]}
      selected={tab}
      onSelect={(key) => setParams(key === 'past' ? { tab: 'past' } : {}, { replace: true })}
    >
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>{t(`myBookings.empty.${tab}`)}</p>
          <Link to="/" className="btn btn-primary">
            {t('myBookings.findPlace')}
          </Link>
        </div>
      ) : (
        <ul className="booking-list">
          {shown.map((booking) => (
            <li key={booking.id}>
              <BookingCard booking={booking} />
            </li>
          ))}
        </ul>
      )}
      {mine.hasNextPage ? (
        <button
          type="button"
          className="btn btn-secondary"
          disabled={mine.isFetchingNextPage}
          onClick={() => void mine.fetchNextPage()}
        >
          {t('myBookings.loadMore')}
        </button>
      ) : null}
    </Tabs>
  );
}
