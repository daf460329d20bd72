import type { Db } from '@reserva/db';
import { DomainError, type VenueKind, type VenueSettings, venueSettings } from '@reserva/domain';
import type { Executor } from '../../repositories/bookings.repository.js';
import { findBookableVenue } from '../../repositories/venues-for-booking.repository.js';
import { rememberedRows } from '../remembered-rows.js';

export async function loadBookingVenue(db: Executor, venueId: string, field = 'venueId') {
  const row = await findBookableVenue(db, venueId);
  if (!row?.active) throw new DomainError('NotFound', 'No venue with this id', field);
  const { settings, ...venue } = row;
  return { ...venue, settings: venueSettings(settings) };
}

export type BookingVenue = Awaited<ReturnType<typeof loadBookingVenue>>;

/** Only venues that exist are remembered; the bound is for a deployment with very many venues. */
const venues = rememberedRows(1_000, loadBookingVenue);

/**
 * The venue as last read by this process, read now if it never was. Nothing is booked on a stale
 * copy: every booking statement checks that the venue's row is still the version read (see
 * `VenueVersion`), and the caller reads it again when it is not.
 */
export async function rememberedBookingVenue(db: Db, venueId: string) {
  const { row, fresh } = await venues.remembered(db, venueId);
  return { venue: row, fresh };
}

/** Reads the venue again and remembers it (an inactive or deleted one is forgotten). */
export const rereadBookingVenue = venues.reread;

/** Restaurants confirm by hand unless set otherwise; desks and rooms are confirmed when booked. */
export const confirmsOnBooking = (venue: { kind: VenueKind; settings: Pick<VenueSettings, 'autoConfirm'> }) =>
  venue.settings.autoConfirm ?? venue.kind !== 'restaurant';
