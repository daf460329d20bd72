import type { User } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ActiveHoldBanner } from '../seats/ActiveHoldBanner';
import { type ReselectState, useJourneyParams } from '../seats/journey-params';
import { SeatStep } from '../seats/SeatStep';
import { BookingStep } from '../shared/BookingStep';
import type { Venue } from '../shared/types';
import { bookableDates } from '../shared/venue-dates';
import { DayChips } from './DayChips';
import { Showtimes } from './Showtimes';

/** A cinema sells a week of showtimes at a time; the day row shows that week. */
const DAYS_SHOWN = 7;

/** Date → showtime → seats on the live map → hold (then pay on the hold page). */
export function CinemaBooking({ venue }: { venue: Venue; user: User | null }) {
  const { t } = useTranslation();
  const params = useJourneyParams();
  const location = useLocation();
  const dates = bookableDates(venue);
  const wanted = params.get('date');
  const date = wanted >= dates.today && wanted <= dates.last ? wanted : dates.today;
  const eventId = params.get('event');
  const reselect = (location.state as ReselectState | null)?.reselect ?? [];
  return (
    <>
      <ActiveHoldBanner venueSlug={venue.slug} />
      <BookingStep number={1} title={t('cinema.dateStep')}>
        <DayChips
          today={dates.today}
          last={dates.last}
          count={DAYS_SHOWN}
          value={date}
          onChange={(day) => params.set({ date: day, event: '' })}
        />
      </BookingStep>
      <BookingStep number={2} title={t('cinema.showtimeStep')}>
        <Showtimes
          venue={venue}
          date={date}
          selected={eventId}
          onSelect={(id) => params.set({ date, event: id }, { push: true })}
        />
      </BookingStep>
      {eventId ? <SeatStep number={3} venue={venue} eventId={eventId} reselect={reselect} /> : null}
    </>
  );
}
