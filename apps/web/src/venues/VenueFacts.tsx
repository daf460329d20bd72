import { CancellationPolicy, type RouterOutputs } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

type VenueDetail = RouterOutputs['venues']['get'];

export function VenueFacts({ venue }: { venue: VenueDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="facts">
        <dt>{t('web.address')}</dt>
        <dd>{venue.address}</dd>
        <dt>{t('web.city')}</dt>
        <dd>{venue.city}</dd>
        <dt>{t('web.timeZone')}</dt>
        <dd>{venue.timeZone}</dd>
        <dt>{t('web.currency')}</dt>
        <dd>{venue.currency}</dd>
        <dt>{t('web.resources')}</dt>
        <dd>{venue.resourceCount}</dd>
        {venue.areas.length > 0 ? (
          <>
            <dt>{t('web.areas')}</dt>
            <dd>{venue.areas.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {venue.layouts.length > 0 ? (
        <>
          <h3>{t('web.layouts')}</h3>
          <ul className="layout-list">
            {venue.layouts.map((layout) => (
              <li key={layout.id}>
                <strong>{layout.name}</strong> —{' '}
                {t('web.layoutSize', { rows: layout.rows, cols: layout.cols })},{' '}
                {t('web.seats', { count: layout.seatCount })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <CancellationPolicy policy={venue.settings} currency={venue.currency} />
    </>
  );
}
