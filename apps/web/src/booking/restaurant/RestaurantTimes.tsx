import { addDays } from '@reserva/domain';
import { Loading, whatsappUrl } from '@reserva/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../shared/InlineError';
import type { AvailabilityOf, Venue } from '../shared/types';
import { TimeSlots } from './TimeSlots';

type Times = AvailabilityOf<'restaurant'>;

interface RestaurantTimesProps {
  venue: Venue;
  times: Times | null;
  stale: boolean;
  selected: string | null;
  error: string | undefined;
  lastDate: string;
  onSelect: (start: string) => void;
  onDate: (date: string) => void;
}

/** The times step, including what to do when nothing is free: another day, or WhatsApp for big groups. */
export function RestaurantTimes(props: RestaurantTimesProps) {
  const { venue, times, stale, selected, error, lastDate, onSelect, onDate } = props;
  const { t } = useTranslation();
  const errorId = useId();
  if (!times) return error ? <InlineError message={error} /> : <Loading />;

  const nextDay = addDays(times.date, 1);
  const tryNextDay =
    nextDay <= lastDate ? (
      <button type="button" className="btn btn-secondary" onClick={() => onDate(nextDay)}>
        {t('restaurant.tryNextDay')}
      </button>
    ) : null;
  const chat = whatsappUrl(venue.whatsapp, venue.name);

  if (times.slots.length === 0) {
    return (
      <div className="empty-state">
        <InlineError message={error} />
        <p>{t('restaurant.noTimes')}</p>
        {tryNextDay}
      </div>
    );
  }
  const noneFree = times.slots.every((slot) => !slot.available);
  return (
    <>
      <p className="field-hint">
        {t('restaurant.timesHint', { minutes: times.durationMinutes, timeZone: times.timeZone })}
      </p>
      {times.slots.some((slot) => slot.isPeak) ? (
        <p className="field-hint">{t('restaurant.peakNote')}</p>
      ) : null}
      <InlineError id={errorId} message={error} />
      <TimeSlots
        slots={times.slots}
        selected={selected}
        stale={stale}
        errorId={error ? errorId : undefined}
        onSelect={(slot) => onSelect(slot.start)}
      />
      {noneFree ? (
        <div className="empty-state">
          <p>{t('restaurant.noneFree', { count: times.partySize })}</p>
          <div className="actions">
            {tryNextDay}
            {chat ? (
              <a className="btn btn-secondary" href={chat} target="_blank" rel="noopener noreferrer">
                {t('restaurant.askOnWhatsapp')}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
