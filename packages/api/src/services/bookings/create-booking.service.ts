import type { Db } from '@reserva/db';
import { unauthorized, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { loadBookingDetail } from '../booking-view.service.js';
import { loadBookingVenue } from './booking-venue.js';
import { type ContactInput, resolveContact } from './contact.js';
import { createCoworkingBooking } from './coworking.js';
import { createHotelBooking } from './hotel.js';
import { createRestaurantBooking } from './restaurant.js';

export interface CreateBookingInput {
  venueId: string;
  start?: Date | undefined;
  end?: Date | undefined;
  durationMinutes?: number | undefined;
  checkIn?: string | undefined;
  checkOut?: string | undefined;
  partySize: number;
  resourceId?: string | undefined;
  roomType?: string | undefined;
  area?: string | undefined;
  contact?: ContactInput | undefined;
  notes?: string | undefined;
}

export async function createBooking({
  db,
  actor,
  input,
  now = new Date(),
}: {
  db: Db;
  actor: Actor | null;
  input: CreateBookingInput;
  now?: Date;
}) {
  const venue = await loadBookingVenue(db, input.venueId);
  if (!actor && !venue.settings.allowGuestBookings) throw unauthorized(`Sign in to book at ${venue.name}`);
  const request = { db, actor, venue, input, now, contact: resolveContact(actor, input.contact) };
  const bookingId = await (() => {
    switch (venue.kind) {
      case 'restaurant':
        return createRestaurantBooking(request);
      case 'coworking':
        return createCoworkingBooking(request);
      case 'hotel':
        return createHotelBooking(request);
      default:
        throw validationError('venueId', `${venue.name} sells seats for events: hold seats instead`);
    }
  })();
  return loadBookingDetail(db, { id: bookingId });
}
