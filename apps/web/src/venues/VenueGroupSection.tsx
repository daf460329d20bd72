import type { VenueKind } from '@reserva/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { VenueCard, type VenueSummary } from './VenueCard';

export function VenueGroupSection({ kind, venues }: { kind: VenueKind; venues: VenueSummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="venue-group" aria-labelledby={headingId}>
      <div className="venue-group-head">
        <h2 id={headingId}>{t(`venueKindGroup.${kind}`)}</h2>
        <span className="venue-group-count">{t('web.venueCount', { count: venues.length })}</span>
      </div>
      <ul className="venue-grid">
        {venues.map((venue) => (
          <li key={venue.id}>
            <VenueCard venue={venue} />
          </li>
        ))}
      </ul>
    </section>
  );
}
