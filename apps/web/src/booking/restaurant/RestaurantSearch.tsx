import { SelectField } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingDateField } from '../shared/BookingDateField';
import type { Venue } from '../shared/types';

export interface RestaurantQuery {
  date: string;
  partySize: number;
  area: string;
}

interface RestaurantSearchProps {
  venue: Venue;
  value: RestaurantQuery;
  dates: { today: string; last: string };
  errors: Record<string, string | undefined>;
  onChange: (patch: Partial<RestaurantQuery>) => void;
}

const PARTY_SIZES = Array.from({ length: 20 }, (_, index) => index + 1);

/** Date (on the venue's calendar), party size and area: what decides which times are open. */
export function RestaurantSearch({ venue, value, dates, errors, onChange }: RestaurantSearchProps) {
  const { t } = useTranslation();
  return (
    <div className="search-fields">
      <BookingDateField
        value={value.date}
        dates={dates}
        error={errors.date}
        onChange={(date) => onChange({ date })}
      />
      <SelectField
        label={t('restaurant.party')}
        name="partySize"
        value={String(value.partySize)}
        options={PARTY_SIZES.map((size) => ({
          value: String(size),
          label: t('booking.people', { count: size }),
        }))}
        error={errors.partySize}
        onValueChange={(size) => onChange({ partySize: Number(size) })}
      />
      {venue.areas.length > 0 ? (
        <SelectField
          label={t('restaurant.area')}
          name="area"
          value={value.area}
          options={[
            { value: '', label: t('restaurant.anyArea') },
            ...venue.areas.map((area) => ({ value: area, label: area })),
          ]}
          error={errors.area}
          onValueChange={(area) => onChange({ area })}
        />
      ) : null}
    </div>
  );
}
