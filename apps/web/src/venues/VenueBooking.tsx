import { Loading, useMe } from '@reserva/ui';
import { useTranslation } from 'react-i18next';
import { BusBooking } from '../booking/bus/BusBooking';
import { CinemaBooking } from '../booking/cinema/CinemaBooking';
import { CoworkingBooking } from '../booking/coworking/CoworkingBooking';
import { HotelBooking } from '../booking/hotel/HotelBooking';
import { RestaurantBooking } from '../booking/restaurant/RestaurantBooking';
import type { Venue } from '../booking/shared/types';
import { BookingSoon } from './BookingSoon';

const JOURNEYS = {
  restaurant: RestaurantBooking,
  coworking: CoworkingBooking,
  hotel: HotelBooking,
  cinema: CinemaBooking,
  bus: BusBooking,
} as const;

/** The booking journey for the venue's kind; a kind without one offers WhatsApp instead. */
export function VenueBooking({ venue }: { venue: Venue }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!(venue.kind in JOURNEYS)) return <BookingSoon venueName={venue.name} whatsapp={venue.whatsapp} />;
  const Journey = JOURNEYS[venue.kind as keyof typeof JOURNEYS];
  return (
    <section className="card booking-panel" aria-labelledby="booking-title">
      <h2 id="booking-title">{t('booking.title')}</h2>
      <p className="field-hint">{t('booking.venueTime', { timeZone: venue.timeZone })}</p>
      {/* Contact details start from the account, so wait to know who is here; a new identity starts afresh. */}
      {me.isPending ? (
        <Loading />
      ) : (
        <Journey key={me.data?.id ?? 'guest'} venue={venue} user={me.data ?? null} />
      )}
    </section>
  );
}
