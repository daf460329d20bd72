import { addDays, daysBetween, isValidLocalDate } from '@reserva/domain';
import type { Venue } from '../shared/types';

export interface Stay {
  checkIn: string;
  checkOut: string;
  guests: number;
}

type StayVenue = Pick<Venue, 'settings'>;

const shortest = (venue: StayVenue) => Math.max(1, venue.settings.minNights);

/** A new arrival date keeps the stay's length when the venue allows it, else the shortest stay. */
export function withCheckIn(venue: StayVenue, stay: Stay, checkIn: string): Stay {
  if (!isValidLocalDate(checkIn)) return { ...stay, checkIn };
  const nights =
    isValidLocalDate(stay.checkOut) && isValidLocalDate(stay.checkIn)
      ? daysBetween(stay.checkIn, stay.checkOut)
      : 0;
  const keep = nights >= shortest(venue) && nights <= venue.settings.maxNights ? nights : shortest(venue);
  return { ...stay, checkIn, checkOut: addDays(checkIn, keep) };
}

/** The departure dates the venue accepts for an arrival date. */
export function checkOutBounds(venue: StayVenue, checkIn: string): { min: string; max: string } | null {
  if (!isValidLocalDate(checkIn)) return null;
  return { min: addDays(checkIn, shortest(venue)), max: addDays(checkIn, venue.settings.maxNights) };
}

/** Whole nights between the dates, or null while either date is incomplete or out of order. */
export function nightsOf(stay: Stay): number | null {
  if (!isValidLocalDate(stay.checkIn) || !isValidLocalDate(stay.checkOut)) return null;
  const nights = daysBetween(stay.checkIn, stay.checkOut);
  return nights > 0 ? nights : null;
}
