import { priceCoworking, validateTimeSlot } from '@reserva/domain';
import { loadResourceFor } from './booking-resource.js';
import { confirmIfVenueDoes, insertRequestedBooking, reserveResource } from './insert-booking.js';
import { type BookingRequest, refuseFields, required, slotEnd } from './request.js';

export async function createCoworkingBooking(request: BookingRequest) {
  const { db, venue, input, now } = request;
  refuseFields(input, ['checkIn', 'checkOut', 'roomType'], venue);
  const { settings, timeZone } = venue;
  const resourceId = required(input.resourceId, 'resourceId', 'Choose a desk');
  const start = required(input.start, 'start', 'Choose when the booking starts');
  const end = slotEnd(input, start, settings.defaultDurationMinutes);
  validateTimeSlot({ settings, timeZone, start, end, now });
  const desk = await loadResourceFor(db, { venue, kind: 'desk', resourceId, partySize: input.partySize });
  const price = priceCoworking({ pricePerHourMinor: desk.priceMinor, start, end });

  return db.transaction().execute(async (trx) => {
    const booking = await insertRequestedBooking(trx, request, { start, end, totalMinor: price.totalMinor });
    await reserveResource(trx, {
      bookingId: booking.id,
      start,
      end,
      resource: desk,
      priceMinor: price.totalMinor,
    });
    await confirmIfVenueDoes(trx, venue, booking.id);
    return booking.id;
  });
}
