import {
  formatMoney,
  formatVenueDate,
  formatVenueTime,
  LIVE_REFRESH,
  Loading,
  QueryError,
  trpc,
} from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { dayBounds } from '../seats/day-bounds';
import type { Venue } from '../shared/types';
import type { TripQuery } from './TripSearch';

interface TripListProps {
  venue: Venue;
  query: TripQuery;
  selected: string;
  onSelect: (eventId: string) => void;
}

/** The day's trips on the route: departure and arrival on the operator's clock, bus type, fare, seats left. */
export function TripList({ venue, query, selected, onSelect }: TripListProps) {
  const { t } = useTranslation();
  const list = trpc.events.list.useQuery(
    {
      venueId: venue.id,
      kind: 'trip',
      origin: query.from,
      destination: query.to,
      ...dayBounds(query.date, venue.timeZone),
    },
    LIVE_REFRESH,
  );
  if (list.isPending) return <Loading />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const trips = list.data.filter((trip) => new Date(trip.startsAt).getTime() > Date.now());
  if (trips.length === 0) return <p className="empty-state">{t('bus.noTrips')}</p>;
  const time = (instant: string) => formatVenueTime(instant, venue.timeZone);
  return (
    <ul className="trips">
      {trips.map((trip) => {
        const minutes = Math.round(
          (new Date(trip.endsAt).getTime() - new Date(trip.startsAt).getTime()) / 60_000,
        );
        const soldOut = trip.freeSeats === 0;
        const chosen = trip.id === selected;
        const day = (instant: string) => formatVenueDate(instant, venue.timeZone);
        const nextDay = day(trip.endsAt) !== day(trip.startsAt);
        return (
          <li key={trip.id} className={chosen ? 'trip trip-selected' : 'trip'}>
            <p className="trip-times">
              <strong>{time(trip.startsAt)}</strong>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('bus.arrives')} </span>
              <strong>{time(trip.endsAt)}</strong>
              {nextDay ? <span className="trip-next-day"> {t('bus.nextDay')}</span> : null}
            </p>
            <p className="trip-meta">
              {trip.busType ? t(`bus.type.${trip.busType}`) : null} ·{' '}
              {minutes % 60 === 0
                ? t('booking.hours', { count: minutes / 60 })
                : t('booking.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}
            </p>
            <p className="trip-price">{formatMoney(trip.priceMinor, trip.currency)}</p>
            <p className="trip-left">
              {soldOut ? t('bus.soldOut') : t('bus.seatsLeft', { count: trip.freeSeats })}
            </p>
            <button
              type="button"
              className={chosen ? 'btn btn-primary' : 'btn btn-secondary'}
              aria-pressed={chosen}
              disabled={soldOut}
              aria-label={t('bus.chooseTrip', { time: time(trip.startsAt), type: trip.busType ?? '' })}
              onClick={() => onSelect(trip.id)}
            >
              {chosen ? t('bus.chosen') : t('bus.choose')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
