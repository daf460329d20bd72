import { Badge, errorCode, Icon, Loading, Notice, QueryError, trpc, useDocumentTitle } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VenueBooking } from '../venues/VenueBooking';
import { VenueFacts } from '../venues/VenueFacts';

export function VenuePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const venue = trpc.venues.get.useQuery({ slug });
  useDocumentTitle(venue.data?.name ?? null);
  const backLink = (
    <Link to="/" className="back-link">
      <span aria-hidden="true">← </span>
      {t('web.backToVenues')}
    </Link>
  );

  if (venue.isPending) return <Loading />;
  if (venue.isError) {
    // A malformed slug is as much "no such place" as an unknown one.
    const missing = ['NOT_FOUND', 'BAD_REQUEST'].includes(errorCode(venue.error));
    return missing ? (
      <Notice title={t('web.venueNotFound')} tone="warning" actions={backLink} />
    ) : (
      <QueryError error={venue.error} onRetry={() => void venue.refetch()} />
    );
  }

  const data = venue.data;
  return (
    <article className="venue-page">
      <nav aria-label={t('web.backToVenues')}>{backLink}</nav>
      <header className="venue-header">
        <Badge tone="info">{t(`venueKind.${data.kind}`)}</Badge>
        <h1>{data.name}</h1>
        <p className="venue-card-city">
          <Icon name="pin" /> {data.city}
        </p>
      </header>
      {data.imageUrl ? <img className="venue-image" src={data.imageUrl} alt="" /> : null}
      <div className="venue-columns">
        <VenueBooking venue={data} />
        <section className="card venue-about" aria-labelledby="venue-about">
          <h2 id="venue-about">{t('web.about')}</h2>
          <p>{data.description}</p>
          <VenueFacts venue={data} />
        </section>
      </div>
    </article>
  );
}
