import type { Db } from '@reserva/db';
import { validationError } from '@reserva/domain';
import { loadBookingVenue } from '../bookings/booking-venue.js';
import { coworkingDesks } from './coworking.js';
import { hotelRoomTypes } from './hotel.js';
import type { AvailabilityInput } from './request.js';
import { restaurantTimes } from './restaurant.js';

export async function searchAvailability({
  db,
  input,
  now = new Date(),
}: {
  db: Db;
  input: AvailabilityInput;
  now?: Date;
}) {
  const venue = await loadBookingVenue(db, input.venueId);
  const request = { db, venue, input, now };
  switch (venue.kind) {
    case 'restaurant':
      return restaurantTimes(request);
    case 'coworking':
      return coworkingDesks(request);
    case 'hotel':
      return hotelRoomTypes(request);
    default:
      throw validationError('venueId', `${venue.name} sells seats for events: see its seat map`);
  }
}
