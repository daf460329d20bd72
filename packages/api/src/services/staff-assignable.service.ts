import type { Db } from '@reserva/db';
import { notFound, venueSettings } from '@reserva/domain';
import { findBookingForAssign, itemsOf } from '../repositories/bookings.repository.js';
import { assignableResources } from '../repositories/resources.repository.js';
import { blockedPeriod, placeKindOf } from './staff-assign.service.js';

/** What the desk's assign picker offers: every place the booking could take, its current one marked. */
export async function listAssignablePlaces({ db, input }: { db: Db; input: { id: string } }) {
  const booking = await findBookingForAssign(db, input.id);
  if (!booking) throw notFound('Booking');
  const kind = placeKindOf(booking);
  const [current] = await itemsOf(db, [booking.id]);
  const { start, end } = blockedPeriod(booking, kind, venueSettings(booking.venueSettings), current);
  const places = await assignableResources(db, {
    venueId: booking.venueId,
    kind,
    minCapacity: booking.partySize,
    start,
    end,
    bookingId: booking.id,
  });
  return {
    kind,
    resources: places.map((place) => ({
      id: place.id,
      label: place.label,
      area: place.area,
      capacity: place.capacity,
      priceMinor: place.priceMinor,
      current: place.id === current?.resourceId,
    })),
  };
}
