import { Badge, Loading, QueryError, useDocumentTitle } from '@reserva/ui';
import { Link } from 'react-router';
import { usePanelT } from '../i18n/panel-i18n';
import { useAdminVenues } from './use-admin-venues';

/** Every venue, active or not, with what it holds; each opens its own page. */
export function VenuesPage() {
  const { t, pt } = usePanelT();
  useDocumentTitle(t('admin.nav.venues'));
  const venues = useAdminVenues();
  return (
    <>
      <div className="page-head">
        <h1>{t('admin.nav.venues')}</h1>
        <Link to="new" className="btn btn-primary">
          {pt('venues.new')}
        </Link>
      </div>
      {venues.isPending ? (
        <Loading />
      ) : venues.isError ? (
        <QueryError error={venues.error} onRetry={() => void venues.refetch()} />
      ) : venues.data.length === 0 ? (
        <p className="muted">{pt('venues.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="desk-table">
            <caption className="visually-hidden">{t('admin.nav.venues')}</caption>
            <thead>
              <tr>
                <th scope="col">{pt('venues.name')}</th>
                <th scope="col">{pt('venues.kind')}</th>
                <th scope="col">{pt('venues.city')}</th>
                <th scope="col">{pt('venues.places')}</th>
                <th scope="col">{pt('venues.layouts')}</th>
                <th scope="col">{pt('venues.upcoming')}</th>
                <th scope="col">{pt('venues.state')}</th>
              </tr>
            </thead>
            <tbody>
              {venues.data.map((venue) => (
                <tr key={venue.id}>
                  <th scope="row">
                    <Link to={venue.id}>{venue.name}</Link>
                  </th>
                  <td>{t(`venueKind.${venue.kind}`)}</td>
                  <td>{venue.city || '—'}</td>
                  <td className="num">{venue.resourceCount}</td>
                  <td className="num">{venue.layoutCount}</td>
                  <td className="num">{venue.upcomingEventCount}</td>
                  <td>
                    {venue.active ? (
                      <Badge tone="success">{pt('venues.isActive')}</Badge>
                    ) : (
                      <Badge>{pt('venues.isInactive')}</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
