import { useDocumentTitle } from '@reserva/ui';
import { Link, useNavigate } from 'react-router';
import { usePanelT } from '../i18n/panel-i18n';
import { VenueForm } from './VenueForm';

export function VenueNewPage() {
  const { t, pt } = usePanelT();
  const navigate = useNavigate();
  useDocumentTitle(pt('venues.newTitle'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/venues">{t('admin.nav.venues')}</Link>
      </p>
      <h1>{pt('venues.newTitle')}</h1>
      {/* Next: its tables, rooms or layouts, on the venue's own page. */}
      <VenueForm
        venue={null}
        onSaved={(venue) => navigate(`/venues/${venue.id}`)}
        onCancel={() => navigate('/venues')}
      />
    </>
  );
}
