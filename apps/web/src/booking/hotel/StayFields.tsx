import { FormField, formatLocalDate, SelectField } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import type { Venue } from '../shared/types';
import { checkOutBounds, type Stay } from './stay';

interface StayFieldsProps {
  venue: Venue;
  value: Stay;
  dates: { today: string; last: string };
  errors: Record<string, string | undefined>;
  onCheckIn: (checkIn: string) => void;
  onChange: (patch: Partial<Stay>) => void;
}

const GUESTS = Array.from({ length: 8 }, (_, index) => index + 1);

/** Arrival and departure on the hotel's calendar, and how many guests. */
export function StayFields({ venue, value, dates, errors, onCheckIn, onChange }: StayFieldsProps) {
  const { t } = useTranslation();
  const bounds = checkOutBounds(venue, value.checkIn);
  return (
    <div className="search-fields">
      <FormField
        label={t('hotel.checkIn')}
        name="checkIn"
        type="date"
        min={dates.today}
        max={dates.last}
        required
        value={value.checkIn}
        hint={t('hotel.checkInHint', { time: venue.settings.checkInTime })}
        error={errors.checkIn}
        onValueChange={onCheckIn}
      />
      <FormField
        label={t('hotel.checkOut')}
        name="checkOut"
        type="date"
        min={bounds?.min}
        max={bounds?.max}
        required
        value={value.checkOut}
        hint={
          bounds
            ? t('hotel.checkOutHint', {
                time: venue.settings.checkOutTime,
                last: formatLocalDate(bounds.max),
              })
            : undefined
        }
        error={errors.checkOut}
        onValueChange={(checkOut) => onChange({ checkOut })}
      />
      <SelectField
        label={t('hotel.guests')}
        name="guests"
        value={String(value.guests)}
        options={GUESTS.map((count) => ({ value: String(count), label: t('booking.people', { count }) }))}
        error={errors.partySize ?? errors.guests}
        onValueChange={(guests) => onChange({ guests: Number(guests) })}
      />
    </div>
  );
}
