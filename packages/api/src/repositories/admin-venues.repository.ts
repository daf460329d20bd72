import type { VenueKind, VenueSettings } from '@reserva/domain';
import type { Executor } from './bookings.repository.js';
import { VENUE_SUMMARY_COLUMNS } from './columns.js';
import { type VenueScope, withinVenues } from './venue-scope.js';

const VENUE_COLUMNS = [
  ...VENUE_SUMMARY_COLUMNS,
  'venues.settings',
  'venues.active',
  'venues.created_at as createdAt',
] as const;

export interface VenueFields {
  slug?: string | undefined;
  kind?: VenueKind | undefined;
  name?: string | undefined;
  description?: string | undefined;
  city?: string | undefined;
  address?: string | undefined;
  timeZone?: string | undefined;
  currency?: string | undefined;
  whatsapp?: string | null | undefined;
  imageUrl?: string | null | undefined;
  settings?: Partial<VenueSettings> | undefined;
  active?: boolean | undefined;
}

const columnsOf = (fields: VenueFields) => ({
  ...(fields.slug !== undefined ? { slug: fields.slug } : {}),
  ...(fields.kind !== undefined ? { kind: fields.kind } : {}),
  ...(fields.name !== undefined ? { name: fields.name } : {}),
  ...(fields.description !== undefined ? { description: fields.description } : {}),
  ...(fields.city !== undefined ? { city: fields.city } : {}),
  ...(fields.address !== undefined ? { address: fields.address } : {}),
  ...(fields.timeZone !== undefined ? { time_zone: fields.timeZone } : {}),
  ...(fields.currency !== undefined ? { currency: fields.currency } : {}),
  ...(fields.whatsapp !== undefined ? { whatsapp: fields.whatsapp } : {}),
  ...(fields.imageUrl !== undefined ? { image_url: fields.imageUrl } : {}),
  ...(fields.settings !== undefined ? { settings: fields.settings } : {}),
  ...(fields.active !== undefined ? { active: fields.active } : {}),
});

/** The venue's kind and currency: what admin actions on its places and events check against. */
export const findVenueKind = (db: Executor, id: string) =>
  db
    .selectFrom('venues')
    .select(['id', 'kind', 'name', 'currency', 'time_zone as timeZone'])
    .where('id', '=', id)
    .executeTakeFirst();

export const insertVenueRow = (
  db: Executor,
  venue: VenueFields & { slug: string; kind: VenueKind; name: string },
) =>
  db
    .insertInto('venues')
    .values({ ...columnsOf(venue), slug: venue.slug, kind: venue.kind, name: venue.name })
    .returning('id')
    .executeTakeFirstOrThrow();

export const lockVenue = (db: Executor, id: string) =>
  db.selectFrom('venues').select(VENUE_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();

export const updateVenueRow = (db: Executor, id: string, fields: VenueFields) => {
  const set = columnsOf(fields);
  if (Object.keys(set).length === 0) return Promise.resolve();
  return db.updateTable('venues').set(set).where('id', '=', id).execute();
};

/** Venues with how many places, layouts and upcoming scheduled events each has. */
export const listVenuesForAdmin = (
  db: Executor,
  filter: {
    kind?: VenueKind | undefined;
    includeInactive: boolean;
    now: Date;
    ids?: string[];
    venueIds?: VenueScope;
  },
) => {
  let query = db
    .selectFrom('venues')
    .select([
      ...VENUE_COLUMNS,
      (eb) =>
        eb
          .selectFrom('resources')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('resources.venue_id', '=', 'venues.id')
          .as('resourceCount'),
      (eb) =>
        eb
          .selectFrom('layouts')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('layouts.venue_id', '=', 'venues.id')
          .as('layoutCount'),
      (eb) =>
        eb
          .selectFrom('events')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('events.venue_id', '=', 'venues.id')
          .where('events.status', '=', 'scheduled')
          .where('events.ends_at', '>', filter.now)
          .as('upcomingEventCount'),
    ]);
  if (filter.kind) query = query.where('venues.kind', '=', filter.kind);
  if (!filter.includeInactive) query = query.where('venues.active', '=', true);
  if (filter.ids) query = query.where('venues.id', 'in', filter.ids);
  if (filter.venueIds) query = query.where(withinVenues('venues.id', filter.venueIds));
  return query.orderBy('venues.kind').orderBy('venues.name').execute();
};
