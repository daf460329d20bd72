import type { Db } from '@reserva/db';
import {
  type BookingStatus,
  conflict,
  notFound,
  type ResourceKind,
  turnMinutes,
  type VenueKind,
  type VenueSettings,
  validationError,
  venueSettings,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import { deleteItems, itemsOf, lockBooking } from '../repositories/bookings.repository.js';
import { findBookableVenue } from '../repositories/venues-for-booking.repository.js';
import { historyActor } from './actor.js';
import { noteOnBooking } from './booking-lifecycle.service.js';
import { loadBookingDetail } from './booking-view.service.js';
import { loadResourceFor } from './bookings/booking-resource.js';
import { reserveResource } from './bookings/insert-booking.js';

/** The place staff assign for each time-slot kind; event bookings (cinema, bus) have seats instead. */
const PLACE_OF: Partial<Record<VenueKind, ResourceKind>> = {
  restaurant: 'table',
  coworking: 'desk',
  hotel: 'room',
};

const ASSIGNABLE: readonly BookingStatus[] = ['PENDING', 'CONFIRMED', 'CHECKED_IN'];

/** The kind of place a booking can be given, or a clear refusal for event bookings. */
export function placeKindOf(booking: { eventId: string | null; venueKind: VenueKind }): ResourceKind {
  const kind = PLACE_OF[booking.venueKind];
  if (booking.eventId || !kind) {
    throw validationError('id', 'Seats of an event booking are chosen by the customer, not assigned');
  }
  return kind;
}

/** The period a booking blocks: its current item's, else its stay plus a restaurant's turn buffer. */
export function blockedPeriod(
  booking: { partySize: number; startsAt: Date; endsAt: Date },
  kind: ResourceKind,
  settings: VenueSettings,
  current: { start: Date; end: Date } | undefined,
) {
  if (current) return { start: current.start, end: current.end };
  const turn = kind === 'table' ? turnMinutes(booking.partySize, settings) : 0;
  return { start: booking.startsAt, end: new Date(booking.endsAt.getTime() + turn * 60_000) };
}

/**
 * Assigns (or moves) a booking to one table, desk or room, in one transaction: the booking is
 * locked, its current items are replaced by one for the same period, and history records the move.
 * The exclusion constraint has the last word on overlaps.
 */
export async function assignBookingResource({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { id: string; resourceId: string };
}) {
  return db.transaction().execute(async (trx) => {
    const booking = await lockBooking(trx, { id: input.id });
    if (!booking) throw notFound('Booking');
    if (!ASSIGNABLE.includes(booking.status)) {
      throw conflict(`A booking that is ${booking.status} cannot be given another place`);
    }
    const kind = placeKindOf(booking);
    const venueRow = await findBookableVenue(trx, booking.venueId);
    if (!venueRow) throw notFound('Venue');
    const venue = { ...venueRow, settings: venueSettings(venueRow.settings) };
    const resource = await loadResourceFor(trx, {
      venue,
      kind,
      resourceId: input.resourceId,
      partySize: booking.partySize,
    });

    const current = await itemsOf(trx, [booking.id]);
    const previous = current[0];
    if (current.length === 1 && previous?.resourceId === resource.id) {
      // Already there: nothing to move, nothing to record.
      return loadBookingDetail(trx, { id: booking.id });
    }

    const { start, end } = blockedPeriod(booking, kind, venue.settings, previous);

    await deleteItems(trx, booking.id);
    await reserveResource(trx, {
      bookingId: booking.id,
      start,
      end,
      resource,
      priceMinor: previous?.priceMinor ?? 0,
    });
    const was = current.map((item) => item.label).join(', ');
    await noteOnBooking(
      trx,
      booking,
      was ? `assigned ${resource.label} (was ${was})` : `assigned ${resource.label}`,
      historyActor(actor),
    );
    return loadBookingDetail(trx, { id: booking.id });
  });
}
