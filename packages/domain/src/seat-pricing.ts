/**
 * What one seat of an event costs. The event's price is the fare of the cheapest seat class; a
 * better class adds its difference to that class, so an admin who changes a showtime's price moves
 * every class with it.
 */
export interface SeatClassPrice {
  name: string;
  priceMinor: number;
}

/** The cheapest class of a layout, or null when the layout has none. */
export function cheapestClassMinor(seatClasses: readonly SeatClassPrice[]): number | null {
  let cheapest: number | null = null;
  for (const seatClass of seatClasses) {
    if (cheapest === null || seatClass.priceMinor < cheapest) cheapest = seatClass.priceMinor;
  }
  return cheapest;
}

/**
 * event price + (the seat's class price − the cheapest class price) when the layout has classes and
 * the seat has a known one; the event price otherwise. Never below zero.
 */
export function seatPriceMinor({
  eventPriceMinor,
  seatClasses,
  seatClass,
}: {
  eventPriceMinor: number;
  seatClasses: readonly SeatClassPrice[];
  seatClass: string | null | undefined;
}): number {
  const cheapest = cheapestClassMinor(seatClasses);
  const own = seatClass == null ? undefined : seatClasses.find((c) => c.name === seatClass);
  if (cheapest === null || own === undefined) return eventPriceMinor;
  return Math.max(0, Math.round(eventPriceMinor + own.priceMinor - cheapest));
}
