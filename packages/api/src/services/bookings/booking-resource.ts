import { DomainError, type ResourceKind, validationError } from '@reserva/domain';
import type { Executor } from '../../repositories/bookings.repository.js';
import { findResource } from '../../repositories/resources.repository.js';
import type { BookingVenue } from './booking-venue.js';

const NOUN: Record<ResourceKind, string> = { table: 'table', desk: 'desk', room: 'room', seat: 'seat' };

/** The resource a customer or staff member named: it must be this venue's, of the right kind, usable and big enough. */
export async function loadResourceFor(
  db: Executor,
  {
    venue,
    kind,
    resourceId,
    partySize,
    field = 'resourceId',
  }: {
    venue: BookingVenue;
    kind: ResourceKind;
    resourceId: string;
    partySize: number;
    field?: string;
  },
) {
  const resource = await findResource(db, resourceId);
  if (!resource) throw new DomainError('NotFound', `No ${NOUN[kind]} with this id`, field);
  if (resource.venueId !== venue.id || resource.kind !== kind) {
    throw validationError(field, `${resource.label} is not a ${NOUN[kind]} of ${venue.name}`);
  }
  if (resource.status !== 'available') {
    throw validationError(field, `${resource.label} is not available (${resource.status})`);
  }
  if (resource.capacity < partySize) {
    throw validationError(field, `${resource.label} takes at most ${resource.capacity}, not ${partySize}`);
  }
  return resource;
}
