import { formatMoney, Loading, type SpotLayout, SpotPicker } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../shared/InlineError';
import type { Desk } from './desk-spots';

interface DeskStepProps {
  layouts: SpotLayout[] | null;
  selected: Desk | null;
  currency: string;
  error: string | undefined;
  onToggle: (deskId: string) => void;
}

/** The floor map (or list) of desks for the chosen range, refreshed while it is open. */
export function DeskStep({ layouts, selected, currency, error, onToggle }: DeskStepProps) {
  const { t } = useTranslation();
  if (!layouts) return error ? <InlineError message={error} /> : <Loading />;
  const free = layouts.flatMap((layout) => layout.spots).filter((spot) => spot.status === 'free').length;
  return (
    <>
      <p className="field-hint">
        {t('coworking.freeCount', { count: free })} {t('coworking.liveHint')}
      </p>
      <InlineError message={error} />
      <SpotPicker
        layouts={layouts}
        statuses={['free', 'busy', 'unavailable']}
        selected={new Set(selected ? [selected.id] : [])}
        onToggle={(spot) => onToggle(spot.id)}
      />
      <p className="selection-line" aria-live="polite">
        {selected
          ? t('coworking.selectedDesk', {
              label: selected.label,
              area: selected.area ?? '',
              price: formatMoney(selected.pricePerHourMinor, currency),
            })
          : t('coworking.chooseDesk')}
      </p>
    </>
  );
}
