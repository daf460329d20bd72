import { conflict, priceCoworking, validateTimeSlot } from '@reserva/domain';
import { loadResourceFor } from './booking-resource.js';
import { type PlacedBooking, placeBooking } from './place-booking.js';
import { type BookingRequest, refuseFields, required, slotEnd } from './request.js';

export async function createCoworkingBooking(request: BookingRequest): Promise<PlacedBooking> {
  const { db, venue, input, now } = request;
  refuseFields(input, ['checkIn', 'checkOut', 'roomType'], venue);
  const { settings, timeZone } = venue;
  const resourceId = required(input.resourceId, 'resourceId', 'Choose a desk');
  const start = required(input.start, 'start', 'Choose when the booking starts');
  const end = slotEnd(input, start, settings.defaultDurationMinutes);
  validateTimeSlot({ settings, timeZone, start, end, now });
  const desk = await loadResourceFor(db, { venue, kind: 'desk', resourceId, partySize: input.partySize });
  const price = priceCoworking({ pricePerHourMinor: desk.priceMinor, start, end });
  const placed = await placeBooking(request, {
    start,
    end,
    totalMinor: price.totalMinor,
    item: {
      pick: { resourceId: desk.id },
      start,
      end,
      price: { fixedMinor: price.totalMinor },
      totalIsItemPrice: false,
    },
  });
  if (!placed) throw conflict(`${desk.label} was just booked by someone else for that time`, 'resourceId');
  return placed;
}
