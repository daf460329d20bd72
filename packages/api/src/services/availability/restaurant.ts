import { instantToZoned, isPeak, slotStarts, turnMinutes, validationError } from '@reserva/domain';
import { busyItems, resourcesOfVenue } from '../../repositories/resources.repository.js';
import { groupBy } from '../group-by.js';
import type { AvailabilityRequest } from './request.js';

/**
 * Bookable start times for a party on a venue-local date: a start is open when some fitting table
 * (capacity ≥ party, in the area, available) is free for the stay plus its turn buffer.
 */
export async function restaurantTimes({ db, venue, input, now }: AvailabilityRequest) {
  const date = input.date;
  if (!date) throw validationError('date', 'Choose a date');
  const partySize = input.partySize ?? 2;
  const { settings, timeZone } = venue;
  const duration = settings.defaultDurationMinutes;
  const buffer = turnMinutes(partySize, settings);

  const tables = (await resourcesOfVenue(db, venue.id, 'table')).filter(
    (t) => t.status === 'available' && t.capacity >= partySize && (!input.area || t.area === input.area),
  );
  const starts = slotStarts({ settings, timeZone, date, durationMinutes: duration, now });
  const first = starts[0];
  const last = starts.at(-1);
  const busy =
    first && last
      ? await busyItems(
          db,
          tables.map((t) => t.id),
          first,
          new Date(last.getTime() + (duration + buffer) * 60_000),
        )
      : [];
  const busyByTable = groupBy(busy, (item) => item.resourceId);

  const slots = starts.map((start) => {
    const end = start.getTime() + (duration + buffer) * 60_000;
    const freeTables = tables.filter((table) =>
      (busyByTable.get(table.id) ?? []).every(
        (item) => item.end.getTime() <= start.getTime() || item.start.getTime() >= end,
      ),
    ).length;
    const peak = isPeak(settings.peakWindows, timeZone, start);
    return {
      start,
      time: instantToZoned(start, timeZone).time,
      available: freeTables > 0,
      freeTables,
      isPeak: peak.peak,
    };
  });
  return { kind: 'restaurant' as const, date, timeZone, partySize, durationMinutes: duration, slots };
}
