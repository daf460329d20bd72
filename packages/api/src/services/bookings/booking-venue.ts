import type { Db } from '@reserva/db';
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

const REMEMBERED_VENUES = 1_000;
const remembered = new WeakMap<Db, Map<string, BookingVenue>>();

function venuesOf(db: Db) {
  const venues = remembered.get(db) ?? new Map<string, BookingVenue>();
  remembered.set(db, venues);
  return venues;
}

/**
 * The venue as last read by this process, read now if it never was. Nothing is booked on a stale
 * copy: every booking statement checks that the venue's row is still the version read (see
 * `VenueVersion`), and the caller reads it again when it is not.
 */
export async function rememberedBookingVenue(db: Db, venueId: string) {
  const known = venuesOf(db).get(venueId);
  if (known) return { venue: known, fresh: false };
  return { venue: await rereadBookingVenue(db, venueId), fresh: true };
}

/** Reads the venue again and remembers it (an inactive or deleted one is forgotten). */
export async function rereadBookingVenue(db: Db, venueId: string) {
  const venues = venuesOf(db);
  venues.delete(venueId);
  const venue = await loadBookingVenue(db, venueId);
  // Only venues that exist are remembered, so this stays as small as the venue table; the bound is
  // for a deployment with very many venues.
  if (venues.size >= REMEMBERED_VENUES) venues.delete(venues.keys().next().value!);
  venues.set(venueId, venue);
  return venue;
}

/** Restaurants confirm by hand unless set otherwise; desks and rooms are confirmed when booked. */
export const confirmsOnBooking = (venue: { kind: VenueKind; settings: Pick<VenueSettings, 'autoConfirm'> }) =>
  venue.settings.autoConfirm ?? venue.kind !== 'restaurant';
