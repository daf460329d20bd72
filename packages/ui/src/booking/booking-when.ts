import { formatVenueDateTime, formatVenueRange } from '../format/venue-time';
import type { BookingSummary } from './booking-types';

/**
 * When a booking happens, in the venue's time: a hotel stay as arrival and departure, anything else
 * as one range ("Sab, 28 Nov 2026 19:00–20:30").
 */
export function bookingWhen(booking: Pick<BookingSummary, 'start' | 'end' | 'venue'>): {
  range: string;
  checkIn: string | null;
  checkOut: string | null;
} {
  const { timeZone, kind } = booking.venue;
  const range = formatVenueRange(booking.start, booking.end, timeZone);
  if (kind !== 'hotel') return { range, checkIn: null, checkOut: null };
  return {
    range,
    checkIn: formatVenueDateTime(booking.start, timeZone),
    checkOut: formatVenueDateTime(booking.end, timeZone),
  };
}
