import type { Db } from '@reserva/db';
import type { BookingVenue } from '../bookings/booking-venue.js';

export interface AvailabilityInput {
  venueId: string;
  date?: string | undefined;
  partySize?: number | undefined;
  area?: string | undefined;
  start?: Date | undefined;
  end?: Date | undefined;
  checkIn?: string | undefined;
  checkOut?: string | undefined;
  guests?: number | undefined;
}

export interface AvailabilityRequest {
  db: Db;
  venue: BookingVenue;
  input: AvailabilityInput;
  now: Date;
}
