import { SelectField } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingDateField } from '../shared/BookingDateField';

export interface TripQuery {
  from: string;
  to: string;
  date: string;
}

interface TripSearchProps {
  places: readonly string[];
  value: TripQuery;
  dates: { today: string; last: string };
  onChange: (patch: Partial<TripQuery>) => void;
}

/** From, to (with a swap) and the day of travel; trips show as soon as all three are set. */
export function TripSearch({ places, value, dates, onChange }: TripSearchProps) {
  const { t } = useTranslation();
  const options = places.map((place) => ({ value: place, label: place }));
  const same = value.from !== '' && value.from === value.to;
  return (
    <div className="trip-search">
      <div className="trip-places">
        <SelectField
          label={t('bus.from')}
          name="from"
          value={value.from}
          options={options}
          onValueChange={(from) => onChange({ from })}
        />
        <button
          type="button"
          className="btn btn-secondary trip-swap"
          onClick={() => onChange({ from: value.to, to: value.from })}
        >
          <span aria-hidden="true">⇅ </span>
          {t('bus.swap')}
        </button>
        <SelectField
          label={t('bus.to')}
          name="to"
          value={value.to}
          options={options}
          error={same ? t('bus.samePlace') : undefined}
          onValueChange={(to) => onChange({ to })}
        />
      </div>
      <BookingDateField
        value={value.date}
        dates={dates}
        error={undefined}
        onChange={(date) => onChange({ date })}
      />
    </div>
  );
}
