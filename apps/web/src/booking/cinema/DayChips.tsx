import { addDays } from '@reserva/domain';
import { currentLocale } from '@reserva/ui';
import { useTranslation } from 'react-i18next';

interface DayChipsProps {
  today: string;
  /** The last date that may be chosen (the venue's horizon). */
  last: string;
  count: number;
  value: string;
  onChange: (date: string) => void;
}

/** The next few days on the venue's calendar as one row of buttons: today, tomorrow, then weekdays. */
export function DayChips({ today, last, count, value, onChange }: DayChipsProps) {
  const { t } = useTranslation();
  const days = Array.from({ length: count }, (_, index) => addDays(today, index)).filter(
    (day) => day <= last,
  );
  // Noon UTC is the same calendar day everywhere, so the labels never slip a day.
  const format = (date: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return (
    <fieldset className="day-chips">
      <legend className="visually-hidden">{t('cinema.dateStep')}</legend>
      {days.map((day, index) => (
        <button
          key={day}
          type="button"
          className="day-chip"
          aria-pressed={day === value}
          onClick={() => onChange(day)}
        >
          <span className="day-chip-name">
            {index === 0
              ? t('cinema.today')
              : index === 1
                ? t('cinema.tomorrow')
                : format(day, { weekday: 'long' })}
          </span>
          <span className="day-chip-date">{format(day, { day: 'numeric', month: 'short' })}</span>
        </button>
      ))}
    </fieldset>
  );
}
