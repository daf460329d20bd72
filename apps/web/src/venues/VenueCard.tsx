import { Badge, Icon, type RouterOutputs } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type VenueSummary = RouterOutputs['venues']['list'][number];

export function VenueCard({ venue }: { venue: VenueSummary }) {
  const { t } = useTranslation();
  return (
    <article className="card venue-card">
      <Badge tone="info">{t(`venueKind.${venue.kind}`)}</Badge>
      <h3 className="venue-card-title">
        {/* The link's box covers the card (CSS), so the whole card is one target with one name. */}
        <Link to={`/v/${venue.slug}`} className="venue-card-link">
          {venue.name}
        </Link>
      </h3>
      <p className="venue-card-city">
        <Icon name="pin" /> {venue.city}
      </p>
      <p className="venue-card-description">{venue.description}</p>
    </article>
  );
}
