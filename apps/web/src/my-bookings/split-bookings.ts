export interface Dated {
  start: string;
}

/**
 * Upcoming (starting now or later, soonest first) and past (already started, latest first).
 * Cancelled bookings stay where their date puts them, with their status badge.
 */
export function splitBookings<B extends Dated>(
  bookings: readonly B[],
  now: Date,
): { upcoming: B[]; past: B[] } {
  const at = (booking: B) => new Date(booking.start).getTime();
  const upcoming = bookings.filter((booking) => at(booking) >= now.getTime()).sort((a, b) => at(a) - at(b));
  const past = bookings.filter((booking) => at(booking) < now.getTime()).sort((a, b) => at(b) - at(a));
  return { upcoming, past };
}
