import { LIVE_REFRESH, trpc, type User } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ActiveHoldBanner } from '../seats/ActiveHoldBanner';
import { type ReselectState, useJourneyParams } from '../seats/journey-params';
import { SeatStep } from '../seats/SeatStep';
import { BookingStep } from '../shared/BookingStep';
import type { Venue } from '../shared/types';
import { bookableDates } from '../shared/venue-dates';
import { TripList } from './TripList';
import { type TripQuery, TripSearch } from './TripSearch';

/** Where this operator's trips start and end, the home city first. */
function placesOf(trips: readonly { origin: string | null; destination: string | null }[], home: string) {
  const places = new Set(trips.flatMap((trip) => [trip.origin, trip.destination]).filter((p) => p !== null));
  return [...places].sort((a, b) => Number(b === home) - Number(a === home) || a.localeCompare(b));
}

/** From, to and date → a trip → seats on the live map → hold (then contact and claim code). */
export function BusBooking({ venue }: { venue: Venue; user: User | null }) {
  const { t } = useTranslation();
  const params = useJourneyParams();
  const location = useLocation();
  const dates = bookableDates(venue);
  const routes = trpc.events.list.useQuery({ venueId: venue.id, kind: 'trip', limit: 500 }, LIVE_REFRESH);
  const places = placesOf(routes.data ?? [], venue.city);
  const wantedDate = params.get('date');
  const query: TripQuery = {
    from: params.get('from') || places[0] || '',
    to: params.get('to') || places.find((place) => place !== (params.get('from') || places[0])) || '',
    date: wantedDate >= dates.today && wantedDate <= dates.last ? wantedDate : dates.today,
  };
  const eventId = params.get('event');
  const reselect = (location.state as ReselectState | null)?.reselect ?? [];
  const ready = query.from !== '' && query.to !== '' && query.from !== query.to;

  return (
    <>
      <ActiveHoldBanner venueSlug={venue.slug} />
      <p className="field-hint">
        <Link to="/claim">{t('claim.link')}</Link>
      </p>
      <BookingStep number={1} title={t('bus.searchStep')}>
        <TripSearch
          places={places}
          value={query}
          dates={dates}
          onChange={(patch) => params.set({ ...query, ...patch, event: '' })}
        />
      </BookingStep>
      {ready ? (
        <BookingStep number={2} title={t('bus.tripsStep')}>
          <TripList
            venue={venue}
            query={query}
            selected={eventId}
            onSelect={(id) => params.set({ ...query, event: id }, { push: true })}
          />
        </BookingStep>
      ) : null}
      {eventId ? <SeatStep number={3} venue={venue} eventId={eventId} reselect={reselect} /> : null}
    </>
  );
}
