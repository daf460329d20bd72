import type { Db } from '@reserva/db';
import { conflict, unauthorized, validationError } from '@reserva/domain';
import type { Actor } from '../../context.js';
import { placedBookingDetail } from '../booking-view.service.js';
import { type BookingVenue, rememberedBookingVenue, rereadBookingVenue } from './booking-venue.js';
import { type ContactInput, resolveContact } from './contact.js';
import { createCoworkingBooking } from './coworking.js';
import { createHotelBooking } from './hotel.js';
import { VenueChangedError } from './place-booking.js';
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

interface CreateBooking {
  db: Db;
  actor: Actor | null;
  input: CreateBookingInput;
  now?: Date;
}

/**
 * Books on the venue as this process last read it: a booking is only ever written under the
 * venue's current settings (the statement checks the version), and a refusal is only ever given
 * on them — when the remembered venue refused, it is read again, and asked again if it changed.
 */
export async function createBooking({ db, actor, input, now = new Date() }: CreateBooking) {
  const remembered = await rememberedBookingVenue(db, input.venueId);
  let venue = remembered.venue;
  try {
    return await bookAt(venue, { db, actor, input, now });
  } catch (error) {
    if (!(error instanceof VenueChangedError) && remembered.fresh) throw error;
    venue = await rereadBookingVenue(db, input.venueId);
    if (!(error instanceof VenueChangedError) && venue.version === remembered.venue.version) throw error;
  }
  try {
    return await bookAt(venue, { db, actor, input, now });
  } catch (error) {
    if (error instanceof VenueChangedError) {
      throw conflict(`${venue.name} changed its booking settings just now; please try again`, 'venueId');
    }
    throw error;
  }
}

async function bookAt(venue: BookingVenue, { db, actor, input, now }: Required<CreateBooking>) {
  if (!actor && !venue.settings.allowGuestBookings) throw unauthorized(`Sign in to book at ${venue.name}`);
  const request = { db, actor, venue, input, now, contact: resolveContact(actor, input.contact) };
  const placed = await (() => {
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
  return placedBookingDetail(venue, placed);
}
