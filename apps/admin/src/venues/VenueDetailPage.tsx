import { LAYOUT_KIND_OF_VENUE } from '@reserva/domain';
import { CalendarLinkPanel, Loading, QueryError, trpc, useDocumentTitle } from '@reserva/ui';
import { Link, useParams } from 'react-router';
import { usePanelT } from '../i18n/panel-i18n';
import { LayoutsSection } from '../layouts/LayoutsSection';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ResourcesSection } from '../resources/ResourcesSection';
import { useAdminVenue } from './use-admin-venues';
import { VenueForm } from './VenueForm';

/** Tables, desks and rooms are listed here; seats come from layouts (halls, buses, floors). */
const HAS_PLACES = new Set(['restaurant', 'coworking', 'hotel']);

export function VenueDetailPage() {
  const { venueId = '' } = useParams();
  const { t, pt } = usePanelT();
  const found = useAdminVenue(venueId);
  const venueFeed = trpc.staff.calendar.venueFeed.useMutation();
  useDocumentTitle(found.venue?.name ?? t('admin.nav.venues'));
  if (found.isPending) return <Loading />;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  const venue = found.venue;
  if (!venue) return <NotFoundPage />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/venues">{t('admin.nav.venues')}</Link>
      </p>
      <h1>{venue.name}</h1>
      <p className="muted">
        {[t(`venueKind.${venue.kind}`), venue.city, venue.timeZone].filter(Boolean).join(' · ')}
      </p>
      <details className="venue-edit">
        <summary>{pt('venues.editDetails')}</summary>
        <VenueForm key={venue.id} venue={venue} onSaved={() => undefined} />
      </details>
      {HAS_PLACES.has(venue.kind) ? <ResourcesSection venue={venue} /> : null}
      {LAYOUT_KIND_OF_VENUE[venue.kind] ? <LayoutsSection venue={venue} /> : null}
      <CalendarLinkPanel
        issue={() => venueFeed.mutateAsync({ venueId: venue.id })}
        pending={venueFeed.isPending}
      />
    </>
  );
}
