import {
  conflict,
  instantToZoned,
  priceRestaurant,
  turnMinutes,
  validateTimeSlot,
  validationError,
} from '@reserva/domain';
import { freeFittingResources, resourcesOfVenue } from '../../repositories/resources.repository.js';
import { loadResourceFor } from './booking-resource.js';
import {
  confirmIfVenueDoes,
  insertRequestedBooking,
  reserveFirstFree,
  reserveResource,
} from './insert-booking.js';
import { type BookingRequest, refuseFields, required, slotEnd } from './request.js';

export async function createRestaurantBooking(request: BookingRequest) {
  const { db, venue, input, now } = request;
  refuseFields(input, ['checkIn', 'checkOut', 'roomType'], venue);
  const { settings, timeZone } = venue;
  const start = required(input.start, 'start', 'Choose a date and time');
  const end = slotEnd(input, start, settings.defaultDurationMinutes);
  validateTimeSlot({ settings, timeZone, start, end, now });

  const tables = (await resourcesOfVenue(db, venue.id, 'table')).filter((t) => t.status === 'available');
  const largest = Math.max(0, ...tables.map((t) => t.capacity));
  if (input.partySize > largest) {
    throw validationError('partySize', `No table seats ${input.partySize}; the largest seats ${largest}`);
  }
  const areas = [...new Set(tables.map((t) => t.area).filter((a): a is string => a !== null))];
  if (input.area && !areas.includes(input.area)) {
    throw validationError('area', `Choose one of: ${areas.join(', ')}`);
  }
  const table = input.resourceId
    ? await loadResourceFor(db, {
        venue,
        kind: 'table',
        resourceId: input.resourceId,
        partySize: input.partySize,
      })
    : null;

  const price = priceRestaurant({ settings, timeZone, start, partySize: input.partySize });
  // The table stays blocked after the guests leave, for clearing and resetting it.
  const blockedUntil = new Date(end.getTime() + turnMinutes(input.partySize, settings) * 60_000);

  return db.transaction().execute(async (trx) => {
    const booking = await insertRequestedBooking(trx, request, {
      start,
      end,
      totalMinor: price.totalMinor,
      depositMinor: price.depositMinor,
      isPeak: price.isPeak,
      requestedArea: input.area,
    });
    const plan = { bookingId: booking.id, start, end: blockedUntil };
    if (table) {
      await reserveResource(trx, { ...plan, resource: table, priceMinor: 0 });
    } else if (settings.autoAssign) {
      const candidates = await freeFittingResources(trx, {
        venueId: venue.id,
        kind: 'table',
        minCapacity: input.partySize,
        area: input.area ?? null,
        start,
        end: blockedUntil,
      });
      if (!(await reserveFirstFree(trx, candidates, plan, () => 0))) {
        const at = instantToZoned(start, timeZone).time;
        const where = input.area ? ` in ${input.area}` : '';
        throw conflict(`No table for ${input.partySize} is free at ${at}${where}`, 'start');
      }
    }
    await confirmIfVenueDoes(trx, venue, booking.id);
    return booking.id;
  });
}
