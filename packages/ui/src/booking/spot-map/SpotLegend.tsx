import { useTranslation } from 'react-i18next';
import { SpotIcon } from './SpotIcon';
import type { SpotStatus } from './spot';

/** Explains each shape and colour in words; lists only the states the map can show. */
export function SpotLegend({ statuses }: { statuses: readonly SpotStatus[] }) {
  const { t } = useTranslation();
  return (
    <ul className="spot-legend" aria-label={t('spot.legend')}>
      {statuses.map((status) => (
        <li key={status}>
          <span className={`spot-swatch spot-${status}`}>
            <SpotIcon state={status} />
          </span>
          {t(`spot.status.${status}`)}
        </li>
      ))}
      <li>
        <span className="spot-swatch spot-selected">
          <SpotIcon state="selected" />
        </span>
        {t('spot.selectedLegend')}
      </li>
    </ul>
  );
}
