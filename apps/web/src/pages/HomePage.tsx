import { Loading, QueryError, trpc, useDocumentTitle, useMe } from '@reserva/ui';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VenueGroupSection } from '../venues/VenueGroupSection';
import { filterVenues, groupByKind } from '../venues/venue-search';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('web.heroTitle'));
  const searchId = useId();
  const venues = trpc.venues.list.useQuery({});
  const me = useMe();
  const [query, setQuery] = useState('');
  // Typing stays responsive while the list re-filters.
  const deferredQuery = useDeferredValue(query);
  const matches = useMemo(
    () => filterVenues(venues.data ?? [], deferredQuery, (kind) => t(`venueKind.${kind}`)),
    [venues.data, deferredQuery, t],
  );
  const groups = useMemo(() => groupByKind(matches), [matches]);

  return (
    <>
      <section className="hero">
        <h1>{t('web.heroTitle')}</h1>
        <p>{t('web.heroBody')}</p>
        <search className="hero-search">
          <label htmlFor={searchId} className="field-label">
            {t('web.searchLabel')}
          </label>
          <input
            id={searchId}
            type="search"
            className="search-input"
            placeholder={t('web.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </search>
        {me.data === null ? (
          <p className="hero-lookup">
            <Link to="/my-bookings">{t('myBookings.guestLink')}</Link>
          </p>
        ) : null}
      </section>
      {venues.isPending ? (
        <Loading />
      ) : venues.isError ? (
        <QueryError error={venues.error} onRetry={() => void venues.refetch()} />
      ) : (
        <>
          <p role="status" className="visually-hidden">
            {query.trim() ? t('web.venueCount', { count: matches.length }) : ''}
          </p>
          {groups.length === 0 ? (
            <p className="empty">{query.trim() ? t('web.noResults', { query }) : t('web.noVenues')}</p>
          ) : (
            groups.map((group) => (
              <VenueGroupSection key={group.kind} kind={group.kind} venues={group.venues} />
            ))
          )}
        </>
      )}
    </>
  );
}
