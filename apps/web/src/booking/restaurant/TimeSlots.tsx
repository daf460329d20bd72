import { useTranslation } from 'react-i18next';
import type { AvailabilityOf } from '../shared/types';

type Slot = AvailabilityOf<'restaurant'>['slots'][number];

interface TimeSlotsProps {
  slots: readonly Slot[];
  selected: string | null;
  /** True while times for a new date or party are loading: the old ones cannot be chosen. */
  stale: boolean;
  errorId?: string;
  onSelect: (slot: Slot) => void;
}

/** Start times as buttons: peak and full are said in words on the button, not by colour alone. */
export function TimeSlots({ slots, selected, stale, errorId, onSelect }: TimeSlotsProps) {
  const { t } = useTranslation();
  return (
    <fieldset aria-describedby={errorId} aria-busy={stale} className="slot-grid">
      <legend className="visually-hidden">{t('restaurant.slotsLabel')}</legend>
      {slots.map((slot) => (
        <button
          key={slot.start}
          type="button"
          className="slot"
          aria-pressed={slot.start === selected}
          disabled={!slot.available || stale}
          onClick={() => onSelect(slot)}
        >
          <span className="slot-time">{slot.time}</span>
          {slot.available ? null : <span className="slot-tag">{t('restaurant.full')}</span>}
          {slot.available && slot.isPeak ? (
            <span className="slot-tag slot-peak">{t('booking.peak')}</span>
          ) : null}
        </button>
      ))}
    </fieldset>
  );
}
