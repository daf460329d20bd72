import { LAYOUT_KIND_OF_VENUE } from '@reserva/domain';
import { Loading, QueryError, trpc, useDocumentTitle } from '@reserva/ui';
import { Link, useParams } from 'react-router';
import { usePanelT } from '../i18n/panel-i18n';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useAdminVenue } from '../venues/use-admin-venues';
import { LayoutEditor } from './LayoutEditor';

/** `/venues/:venueId/layouts/new` and `/venues/:venueId/layouts/:layoutId`. */
export function LayoutEditorPage() {
  const { venueId = '', layoutId } = useParams();
  const { t, pt } = usePanelT();
  const found = useAdminVenue(venueId);
  const layout = trpc.admin.layouts.get.useQuery({ id: layoutId ?? '' }, { enabled: Boolean(layoutId) });
  const kind = found.venue ? LAYOUT_KIND_OF_VENUE[found.venue.kind] : undefined;
  const title = layout.data
    ? pt('layouts.editTitle', { name: layout.data.name })
    : kind
      ? pt(`layouts.newTitle.${kind}`)
      : t('admin.nav.venues');
  useDocumentTitle(title);

  if (found.isPending || (layoutId && layout.isPending)) return <Loading />;
  if (found.isError) return <QueryError error={found.error} onRetry={() => void found.refetch()} />;
  if (layoutId && layout.isError)
    return <QueryError error={layout.error} onRetry={() => void layout.refetch()} />;
  const venue = found.venue;
  if (!venue || !kind || (layout.data && layout.data.venueId !== venue.id)) return <NotFoundPage />;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/venues">{t('admin.nav.venues')}</Link> /{' '}
        <Link to={`/venues/${venue.id}`}>{venue.name}</Link>
      </p>
      <h1>{title}</h1>
      <LayoutEditor key={layoutId ?? 'new'} venue={venue} kind={kind} layout={layout.data ?? null} />
    </>
  );
}
