import { formatMoney, formatVenueTime, LIVE_REFRESH, Loading, QueryError, trpc } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { dayBounds } from '../seats/day-bounds';
import type { Venue } from '../shared/types';

interface ShowtimesProps {
  venue: Venue;
  date: string;
  selected: string;
  onSelect: (eventId: string) => void;
}

/** The day's showtimes grouped by film; each says its time, free seats and lowest price. */
export function Showtimes({ venue, date, selected, onSelect }: ShowtimesProps) {
  const { t } = useTranslation();
  const list = trpc.events.list.useQuery(
    { venueId: venue.id, kind: 'showtime', ...dayBounds(date, venue.timeZone) },
    LIVE_REFRESH,
  );
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  // Today's list starts at midnight so its key stays put; what has started is no longer on sale.
  const upcoming = list.data.filter((event) => new Date(event.startsAt).getTime() > Date.now());
  if (upcoming.length === 0) return <p className="empty-state">{t('cinema.noShowtimes')}</p>;
  const films = new Map<string, typeof upcoming>();
  for (const event of upcoming) films.set(event.title, [...(films.get(event.title) ?? []), event]);
  return (
    <div className="showtimes">
      {[...films].map(([title, events]) => (
        <section key={title} className="showtime-film" aria-label={title}>
          <h4>{title}</h4>
          <div className="slot-grid">
            {events.map((event) => {
              const soldOut = event.freeSeats === 0;
              return (
                <button
                  key={event.id}
                  type="button"
                  className="slot"
                  aria-pressed={event.id === selected}
                  disabled={soldOut}
                  onClick={() => onSelect(event.id)}
                >
                  <span className="slot-time">{formatVenueTime(event.startsAt, venue.timeZone)}</span>
                  <span className="slot-tag">
                    {soldOut ? t('cinema.soldOut') : t('cinema.seatsLeft', { count: event.freeSeats })}
                  </span>
                  <span className="slot-tag">
                    {t('cinema.from', { price: formatMoney(event.priceMinor, event.currency) })}
                  </span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
