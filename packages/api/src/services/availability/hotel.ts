import { priceStay, validateStay, validationError } from '@reserva/domain';
import { busyItems, resourcesOfVenue } from '../../repositories/resources.repository.js';
import { groupBy } from '../group-by.js';
import type { AvailabilityRequest } from './request.js';

/** Room types with how many rooms are free for the whole stay, and the nightly and total price. */
export async function hotelRoomTypes({ db, venue, input, now }: AvailabilityRequest) {
  const { checkIn, checkOut } = input;
  if (!checkIn) throw validationError('checkIn', 'Choose a check-in date');
  if (!checkOut) throw validationError('checkOut', 'Choose a check-out date');
  const guests = input.guests ?? 1;
  const stay = validateStay({ settings: venue.settings, timeZone: venue.timeZone, checkIn, checkOut, now });
  const rooms = (await resourcesOfVenue(db, venue.id, 'room')).filter((room) => room.status === 'available');
  const busy = new Set(
    (
      await busyItems(
        db,
        rooms.map((r) => r.id),
        stay.start,
        stay.end,
      )
    ).map((item) => item.resourceId),
  );
  const byType = groupBy(rooms, (room) => room.area ?? 'Room');
  const roomTypes = [...byType].map(([type, ofType]) => {
    const fitting = ofType.filter((room) => room.capacity >= guests);
    const free = fitting.filter((room) => !busy.has(room.id));
    const nightlyMinor = Math.min(...ofType.map((room) => room.priceMinor));
    const price = priceStay({
      nightlyMinor,
      checkIn,
      checkOut,
      weekendMultiplier: venue.settings.weekendNightlyMultiplier,
    });
    return {
      type,
      capacity: Math.max(...ofType.map((room) => room.capacity)),
      fitsGuests: fitting.length > 0,
      freeCount: free.length,
      nightlyMinor,
      totalMinor: price.totalMinor,
      nights: price.nights,
    };
  });
  roomTypes.sort((a, b) => a.nightlyMinor - b.nightlyMinor);
  return {
    kind: 'hotel' as const,
    checkIn,
    checkOut,
    guests,
    nights: stay.nights,
    timeZone: venue.timeZone,
    roomTypes,
  };
}
