import { validateTimeSlot, validationError } from '@reserva/domain';
import { busyItems, resourcesOfVenue } from '../../repositories/resources.repository.js';
import type { AvailabilityRequest } from './request.js';

/** Every desk of the floor with its map position and whether it is free for the whole range. */
export async function coworkingDesks({ db, venue, input, now }: AvailabilityRequest) {
  const { start, end } = input;
  if (!start) throw validationError('start', 'Choose when you start');
  if (!end) throw validationError('end', 'Choose when you finish');
  validateTimeSlot({ settings: venue.settings, timeZone: venue.timeZone, start, end, now });
  const desks = await resourcesOfVenue(db, venue.id, 'desk');
  const busy = new Set(
    (
      await busyItems(
        db,
        desks.map((d) => d.id),
        start,
        end,
      )
    ).map((item) => item.resourceId),
  );
  return {
    kind: 'coworking' as const,
    start,
    end,
    timeZone: venue.timeZone,
    desks: desks.map((desk) => ({
      id: desk.id,
      label: desk.label,
      area: desk.area,
      layoutId: desk.layoutId,
      row: desk.row,
      col: desk.col,
      pricePerHourMinor: desk.priceMinor,
      status:
        desk.status !== 'available'
          ? ('unavailable' as const)
          : busy.has(desk.id)
            ? ('busy' as const)
            : ('free' as const),
    })),
  };
}
