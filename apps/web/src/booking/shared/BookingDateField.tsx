import { FormField, formatLocalDate } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

interface BookingDateFieldProps {
  value: string;
  dates: { today: string; last: string };
  error: string | undefined;
  onChange: (date: string) => void;
}

/** A day on the venue's calendar, from its today up to how far ahead it takes bookings. */
export function BookingDateField({ value, dates, error, onChange }: BookingDateFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField
      label={t('booking.date')}
      name="date"
      type="date"
      min={dates.today}
      max={dates.last}
      required
      value={value}
      hint={t('booking.dateHint', { from: formatLocalDate(dates.today), to: formatLocalDate(dates.last) })}
      error={error}
      onValueChange={onChange}
    />
  );
}
