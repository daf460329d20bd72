import { DomainError, type VenueKind, type VenueSettings, venueSettings } from '@reserva/domain';
import type { Executor } from '../../repositories/bookings.repository.js';
import { findBookableVenue } from '../../repositories/venues-for-booking.repository.js';

export async function loadBookingVenue(db: Executor, venueId: string, field = 'venueId') {
  const row = await findBookableVenue(db, venueId);
  if (!row?.active) throw new DomainError('NotFound', 'No venue with this id', field);
  const { settings, ...venue } = row;
  return { ...venue, settings: venueSettings(settings) };
}

export type BookingVenue = Awaited<ReturnType<typeof loadBookingVenue>>;

/** Restaurants confirm by hand unless set otherwise; desks and rooms are confirmed when booked. */
export const confirmsOnBooking = (venue: { kind: VenueKind; settings: Pick<VenueSettings, 'autoConfirm'> }) =>
  venue.settings.autoConfirm ?? venue.kind !== 'restaurant';
