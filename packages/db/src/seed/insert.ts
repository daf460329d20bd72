import type { VenueSettings } from '@reserva/domain';
import type { Insertable } from 'kysely';
import type { Db } from '../connection.js';
import type { LayoutsTable, ResourcesTable, SeatClass, VenuesTable } from '../schema.js';

/** Every demo business is Indonesian: one place says so. */
const VENUE_DEFAULTS = { time_zone: 'Asia/Jakarta', currency: 'IDR' } as const;

export type VenueSeed = Omit<Insertable<VenuesTable>, 'settings' | 'time_zone' | 'currency'> & {
  settings: Partial<VenueSettings>;
};
export type ResourceSeed = Omit<Insertable<ResourcesTable>, 'venue_id' | 'layout_id' | 'sort_order'>;
export type LayoutSeed = Omit<Insertable<LayoutsTable>, 'venue_id' | 'seat_classes'> & {
  seat_classes?: SeatClass[];
};

export async function insertVenue(trx: Db, venue: VenueSeed): Promise<string> {
  const { id } = await trx
    .insertInto('venues')
    .values({ ...venue, ...VENUE_DEFAULTS })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertResources(
  trx: Db,
  venueId: string,
  layoutId: string | null,
  resources: ResourceSeed[],
): Promise<void> {
  await trx
    .insertInto('resources')
    .values(
      resources.map((resource, index) => ({
        ...resource,
        venue_id: venueId,
        layout_id: layoutId,
        sort_order: index,
      })),
    )
    .execute();
}

/** A layout and the seats or desks it draws; returns the layout id for its events. */
export async function insertLayout(
  trx: Db,
  venueId: string,
  layout: LayoutSeed,
  resources: ResourceSeed[],
): Promise<string> {
  const { id } = await trx
    .insertInto('layouts')
    // `pg` would send a JS array as a PostgreSQL array literal, not JSON, so the column takes a string.
    .values({ ...layout, venue_id: venueId, seat_classes: JSON.stringify(layout.seat_classes ?? []) })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertResources(trx, venueId, id, resources);
  return id;
}
