import { SelectField } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BookingDateField } from '../shared/BookingDateField';
import type { Venue } from '../shared/types';
import { endOptions, startOptions, type TimeRange } from './time-range';

interface TimeRangeFieldsProps {
  venue: Venue;
  value: TimeRange;
  dates: { today: string; last: string };
  errors: Record<string, string | undefined>;
  onDate: (date: string) => void;
  onStart: (start: string) => void;
  onEnd: (end: string) => void;
}

/** Date, start and end on the venue's clock; only times the venue accepts are offered. */
export function TimeRangeFields({
  venue,
  value,
  dates,
  errors,
  onDate,
  onStart,
  onEnd,
}: TimeRangeFieldsProps) {
  const { t } = useTranslation();
  const starts = startOptions(venue, value.date, new Date());
  const ends = value.start ? endOptions(venue, value.date, value.start) : [];
  const hours = (minutes: number) =>
    minutes % 60 === 0
      ? t('booking.hours', { count: minutes / 60 })
      : t('booking.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return (
    <div className="search-fields">
      <BookingDateField value={value.date} dates={dates} error={errors.date} onChange={onDate} />
      <SelectField
        label={t('coworking.start')}
        name="start"
        value={value.start}
        options={
          starts.length > 0
            ? starts.map((o) => ({ value: o.value, label: o.time }))
            : [{ value: '', label: t('coworking.noStarts') }]
        }
        disabled={starts.length === 0}
        error={errors.start}
        onValueChange={onStart}
      />
      <SelectField
        label={t('coworking.end')}
        name="end"
        value={value.end}
        options={ends.map((o) => ({ value: o.value, label: `${o.time} (${hours(o.minutes)})` }))}
        disabled={ends.length === 0}
        error={errors.end ?? errors.durationMinutes}
        onValueChange={onEnd}
      />
    </div>
  );
}
