import { bookingCodeSchema, claimCodeSchema, uuidSchema, validationError } from '@reserva/domain';
import type { z } from 'zod';
import type { Executor } from '../../repositories/bookings.repository.js';
import { type VenueRef, type VenueRefKind, venueOfRef } from '../../repositories/venue-refs.repository.js';

/**
 * Which input fields name a row that belongs to a venue. A new staff or admin procedure naming a
 * venue's row by another field must add it here; one naming none is refused to venue-limited
 * callers unless it is marked as a list filtered to the caller's venues.
 */
const FIELD_KINDS: Record<string, VenueRefKind> = {
  venueId: 'venue',
  bookingId: 'booking',
  code: 'bookingCode',
  claimCode: 'claimCode',
  eventId: 'event',
  resourceId: 'resource',
  layoutId: 'layout',
};

/** What a bare `id` names, by the procedure's area (`staff.bookings.confirm` → a booking). */
const ID_KIND_BY_AREA: Record<string, VenueRefKind> = {
  bookings: 'booking',
  venues: 'venue',
  events: 'event',
  resources: 'resource',
  layouts: 'layout',
};

const SCHEMA_OF: Record<VenueRefKind, z.ZodType<string>> = {
  venue: uuidSchema,
  booking: uuidSchema,
  event: uuidSchema,
  resource: uuidSchema,
  layout: uuidSchema,
  bookingCode: bookingCodeSchema,
  claimCode: claimCodeSchema,
};

/** The area of a procedure path: `admin.resources.update` → `resources`. */
export const areaOf = (path: string) => path.split('.').at(-2) ?? '';

/**
 * The venue rows a call names, from its raw (not yet validated) input. A value that does not parse
 * is refused here as bad input naming the field, so a malformed id can never slip past the check.
 */
export function venueRefsOf(path: string, rawInput: unknown): VenueRef[] {
  if (typeof rawInput !== 'object' || rawInput === null) return [];
  const refs: VenueRef[] = [];
  for (const [field, value] of Object.entries(rawInput)) {
    const kind = field === 'id' ? ID_KIND_BY_AREA[areaOf(path)] : FIELD_KINDS[field];
    if (!kind || value === undefined) continue;
    const parsed = SCHEMA_OF[kind].safeParse(value);
    if (!parsed.success) {
      throw validationError(field, parsed.error.issues[0]?.message ?? 'This value is not valid');
    }
    refs.push({ kind, value: parsed.data });
  }
  return refs;
}

/** The venues of the rows named; rows that do not exist name none. */
export async function venuesOfRefs(db: Executor, refs: readonly VenueRef[]): Promise<string[]> {
  const venues = await Promise.all(refs.map((ref) => venueOfRef(db, ref)));
  return venues.filter((venue): venue is string => venue !== undefined);
}
