import { type Db, transact } from '@reserva/db';
import {
  conflict,
  notFound,
  type ResourceKind,
  type ResourceStatus,
  type VenueKind,
  validationError,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import {
  countBookingItemsOf,
  countUpcomingBookingsOf,
  deleteResourceRow,
  insertResourceRow,
  listResourcesForAdmin,
  lockResource,
  type ResourceFields,
  updateResourceRow,
} from '../repositories/admin-resources.repository.js';
import { findVenueKind } from '../repositories/admin-venues.repository.js';
import type { Executor } from '../repositories/bookings.repository.js';
import { containing } from '../schemas/common.js';

/** The place each time-slot venue sells; cinema and bus seats come from layouts instead. */
const RESOURCE_KIND_OF_VENUE: Partial<Record<VenueKind, ResourceKind>> = {
  restaurant: 'table',
  coworking: 'desk',
  hotel: 'room',
};

const NAME_OF: Record<ResourceKind, string> = { table: 'table', desk: 'desk', room: 'room', seat: 'seat' };

interface Deps<I> {
  db: Db;
  actor: Actor;
  input: I;
  now?: Date;
}

async function loadResource(db: Executor, id: string, now: Date) {
  const [resource] = await listResourcesForAdmin(db, { ids: [id], now });
  if (!resource) throw notFound('Resource');
  return { ...resource, upcomingBookingCount: resource.upcomingBookingCount ?? 0 };
}

const refuseSeat = (kind: ResourceKind) => {
  if (kind === 'seat') {
    throw validationError('id', 'Seats belong to a layout: change them with admin.layouts.update');
  }
};

export async function createResource({
  db,
  input,
  now = new Date(),
}: Deps<ResourceFields & { venueId: string; label: string }>) {
  const venue = await findVenueKind(db, input.venueId);
  if (!venue) throw notFound('Venue');
  const kind = RESOURCE_KIND_OF_VENUE[venue.kind];
  if (!kind) {
    throw validationError('venueId', `A ${venue.kind} venue sells seats of layouts: use admin.layouts`);
  }
  const { id } = await insertResourceRow(db, { ...input, kind });
  return loadResource(db, id, now);
}

/** Changes what is given. A place with bookings can still go to maintenance (new bookings skip it). */
export async function updateResource({
  db,
  input,
  now = new Date(),
}: Deps<ResourceFields & { id: string; status?: Exclude<ResourceStatus, 'blocked'> | undefined }>) {
  return transact(db, async (trx) => {
    const resource = await lockResource(trx, input.id);
    if (!resource) throw notFound('Resource');
    refuseSeat(resource.kind);
    const { id, ...fields } = input;
    await updateResourceRow(trx, id, fields);
    return loadResource(trx, id, now);
  });
}

export async function listResources({
  db,
  input,
  now = new Date(),
}: Deps<{
  venueId: string;
  kind?: ResourceKind | undefined;
  status?: ResourceStatus | undefined;
  q?: string | undefined;
}>) {
  const rows = await listResourcesForAdmin(db, {
    venueId: input.venueId,
    kind: input.kind,
    status: input.status,
    pattern: input.q ? containing(input.q) : undefined,
    now,
  });
  return rows.map((row) => ({ ...row, upcomingBookingCount: row.upcomingBookingCount ?? 0 }));
}

/**
 * Deletes a table, desk or room nobody has booked. One with bookings to come is refused (set it to
 * maintenance instead); one with past bookings stays too, because their history names it.
 */
export async function deleteResource({ db, input, now = new Date() }: Deps<{ id: string }>) {
  return transact(db, async (trx) => {
    const resource = await lockResource(trx, input.id);
    if (!resource) throw notFound('Resource');
    refuseSeat(resource.kind);
    const name = NAME_OF[resource.kind];
    if ((await countUpcomingBookingsOf(trx, resource.id, now)) > 0) {
      throw conflict(
        `This ${name} has upcoming bookings; it cannot be deleted. Set it to maintenance instead`,
        'id',
      );
    }
    if ((await countBookingItemsOf(trx, resource.id)) > 0) {
      throw conflict(
        `This ${name} has past bookings whose history names it; set it to maintenance instead`,
        'id',
      );
    }
    await deleteResourceRow(trx, resource.id);
    return { id: resource.id, deleted: true as const };
  });
}
