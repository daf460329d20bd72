import {
  conflict,
  instantToZoned,
  priceRestaurant,
  turnMinutes,
  validateTimeSlot,
  validationError,
} from '@reserva/domain';
import { resourcesOfVenue } from '../../repositories/resources.repository.js';
import { loadResourceFor } from './booking-resource.js';
import { type PlacedBooking, placeBooking } from './place-booking.js';
import { type BookingRequest, refuseFields, required, slotEnd } from './request.js';

export async function createRestaurantBooking(request: BookingRequest): Promise<PlacedBooking> {
  const { db, venue, input, now } = request;
  refuseFields(input, ['checkIn', 'checkOut', 'roomType'], venue);
  const { settings, timeZone } = venue;
  const start = required(input.start, 'start', 'Choose a date and time');
  const end = slotEnd(input, start, settings.defaultDurationMinutes);
  validateTimeSlot({ settings, timeZone, start, end, now });
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
  const pick = table
    ? { resourceId: table.id }
    : { venueId: venue.id, kind: 'table' as const, minCapacity: input.partySize, area: input.area ?? null };
  const placed = await placeBooking(request, {
    start,
    end,
    totalMinor: price.totalMinor,
    depositMinor: price.depositMinor,
    isPeak: price.isPeak,
    requestedArea: input.area,
    item:
      table || settings.autoAssign
        ? { pick, start, end: blockedUntil, price: { fixedMinor: 0 }, totalIsItemPrice: false }
        : undefined,
  });
  if (placed) return placed;
  if (table) throw conflict(`${table.label} was just booked by someone else for that time`, 'resourceId');
  await explainNoTable(request);
  const at = instantToZoned(start, timeZone).time;
  throw conflict(
    `No table for ${input.partySize} is free at ${at}${input.area ? ` in ${input.area}` : ''}`,
    'start',
  );
}

/** When no table was found: a party no table seats, or an area the venue lacks, is the customer's to fix. */
async function explainNoTable({ db, venue, input }: BookingRequest): Promise<void> {
  const tables = (await resourcesOfVenue(db, venue.id, 'table')).filter((t) => t.status === 'available');
  const largest = Math.max(0, ...tables.map((t) => t.capacity));
  if (input.partySize > largest) {
    throw validationError('partySize', `No table seats ${input.partySize}; the largest seats ${largest}`);
  }
  const areas = [...new Set(tables.map((t) => t.area).filter((a): a is string => a !== null))];
  if (input.area && !areas.includes(input.area)) {
    throw validationError('area', `Choose one of: ${areas.join(', ')}`);
  }
}
