import { conflict, priceStay, validateStay, validationError } from '@reserva/domain';
import { updateBookingTotal } from '../../repositories/bookings.repository.js';
import { freeFittingResources, resourcesOfVenue } from '../../repositories/resources.repository.js';
import { loadResourceFor } from './booking-resource.js';
import {
  confirmIfVenueDoes,
  insertRequestedBooking,
  reserveFirstFree,
  reserveResource,
} from './insert-booking.js';
import { type BookingRequest, refuseFields, required } from './request.js';

export async function createHotelBooking(request: BookingRequest) {
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
  if (!room) {
    const rooms = (await resourcesOfVenue(db, venue.id, 'room')).filter((r) => r.status === 'available');
    const ofType = rooms.filter((r) => r.area === roomType);
    if (ofType.length === 0) {
      const types = [...new Set(rooms.map((r) => r.area).filter((a): a is string => a !== null))];
      throw validationError('roomType', `Choose one of: ${types.join(', ')}`);
    }
    const largest = Math.max(...ofType.map((r) => r.capacity));
    if (input.partySize > largest) {
      throw validationError('partySize', `A ${roomType} room sleeps at most ${largest}`);
    }
  }
  const priceFor = (nightlyMinor: number) =>
    priceStay({ nightlyMinor, checkIn, checkOut, weekendMultiplier: settings.weekendNightlyMultiplier })
      .totalMinor;

  return db.transaction().execute(async (trx) => {
    const booking = await insertRequestedBooking(trx, request, {
      start: stay.start,
      end: stay.end,
      totalMinor: 0,
      requestedType: roomType,
    });
    const plan = { bookingId: booking.id, start: stay.start, end: stay.end };
    let nightlyMinor: number;
    if (room) {
      nightlyMinor = room.priceMinor;
      await reserveResource(trx, { ...plan, resource: room, priceMinor: priceFor(nightlyMinor) });
    } else {
      const candidates = await freeFittingResources(trx, {
        venueId: venue.id,
        kind: 'room',
        minCapacity: input.partySize,
        area: roomType,
        start: stay.start,
        end: stay.end,
      });
      const chosen = await reserveFirstFree(trx, candidates, plan, (r) => priceFor(r.priceMinor));
      if (!chosen) throw conflict(`No ${roomType} room is free from ${checkIn} to ${checkOut}`, 'roomType');
      nightlyMinor = chosen.priceMinor;
    }
    await updateBookingTotal(trx, booking.id, priceFor(nightlyMinor));
    await confirmIfVenueDoes(trx, venue, booking.id);
    return booking.id;
  });
}
