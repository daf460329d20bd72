import { conflict, priceStay, validateStay, validationError } from '@reserva/domain';
import { resourcesOfVenue } from '../../repositories/resources.repository.js';
import { loadResourceFor } from './booking-resource.js';
import { type PlacedBooking, placeBooking } from './place-booking.js';
import { type BookingRequest, refuseFields, required } from './request.js';

export async function createHotelBooking(request: BookingRequest): Promise<PlacedBooking> {
  const { db, venue, input, now } = request;
  refuseFields(input, ['start', 'end', 'durationMinutes', 'area'], venue);
  const { settings, timeZone } = venue;
  const checkIn = required(input.checkIn, 'checkIn', 'Choose a check-in date');
  const checkOut = required(input.checkOut, 'checkOut', 'Choose a check-out date');
  const stay = validateStay({ settings, timeZone, checkIn, checkOut, now });
  const room = input.resourceId
    ? await loadResourceFor(db, {
        venue,
        kind: 'room',
        resourceId: input.resourceId,
        partySize: input.partySize,
      })
    : null;
  const roomType = room?.area ?? required(input.roomType, 'roomType', 'Choose a room type');

  // Each night costs the room's nightly price times that night's rate (weekends cost more).
  const nights = priceStay({
    nightlyMinor: 1,
    checkIn,
    checkOut,
    weekendMultiplier: settings.weekendNightlyMultiplier,
  });
  const nightlyMultipliers = nights.perNight.map((night) =>
    night.weekend ? settings.weekendNightlyMultiplier : 1,
  );
  const placed = await placeBooking(request, {
    start: stay.start,
    end: stay.end,
    totalMinor: 0,
    requestedType: roomType,
    item: {
      pick: room
        ? { resourceId: room.id }
        : { venueId: venue.id, kind: 'room', minCapacity: input.partySize, area: roomType },
      start: stay.start,
      end: stay.end,
      price: { nightlyMultipliers },
      totalIsItemPrice: true,
    },
  });
  if (placed) return placed;
  if (room)
    throw conflict(`Room ${room.label} was just booked by someone else for those dates`, 'resourceId');
  await explainNoRoom(request, roomType);
  throw conflict(`No ${roomType} room is free from ${checkIn} to ${checkOut}`, 'roomType');
}

/** When no room was found: a type the hotel lacks, or more guests than the type sleeps, is the customer's to fix. */
async function explainNoRoom({ db, venue, input }: BookingRequest, roomType: string): Promise<void> {
  const rooms = (await resourcesOfVenue(db, venue.id, 'room')).filter((r) => r.status === 'available');
  const ofType = rooms.filter((r) => r.area === roomType);
  if (ofType.length === 0) {
    const types = [...new Set(rooms.map((r) => r.area).filter((a): a is string => a !== null))];
    throw validationError('roomType', `Choose one of: ${types.join(', ')}`);
  }
  const largest = Math.max(...ofType.map((r) => r.capacity));
  if (input.partySize > largest)
    throw validationError('partySize', `A ${roomType} room sleeps at most ${largest}`);
}
