import { useTranslation } from 'react-i18next';
import { formatVenueDateTime } from '../format/venue-time';
import type { BookingDetail } from './booking-types';

/** Every change of the booking, oldest first: when, what it became, who did it, and their note. */
export function BookingHistory({ booking }: { booking: BookingDetail }) {
  const { t } = useTranslation();
  const who = (actor: string) =>
    actor === 'guest' || actor === 'system' ? t(`booking.history.actor.${actor}`) : actor;
  return (
    <ol className="history">
      {booking.history.map((entry) => (
        <li key={`${entry.at}-${entry.to}`} className="history-entry">
          <time dateTime={entry.at} className="history-time">
            {formatVenueDateTime(entry.at, booking.venue.timeZone)}
          </time>
          <span className="history-change">
            {entry.from
              ? t('booking.history.changed', {
                  from: t(`status.${entry.from}`),
                  to: t(`status.${entry.to}`),
                })
              : t('booking.history.created', { to: t(`status.${entry.to}`) })}
          </span>
          <span className="history-actor">{t('booking.history.by', { actor: who(entry.actor) })}</span>
          {entry.note ? <q className="history-note">{entry.note}</q> : null}
        </li>
      ))}
    </ol>
  );
}
