import { type Db, transact } from '@reserva/db';
import {
  notFound,
  type VenueKind,
  type VenueSettings,
  validationError,
  venueSettings,
} from '@reserva/domain';
import type { Actor } from '../context.js';
import {
  insertVenueRow,
  listVenuesForAdmin as listVenueRows,
  lockVenue,
  updateVenueRow,
  type VenueFields,
} from '../repositories/admin-venues.repository.js';
import type { Executor } from '../repositories/bookings.repository.js';

interface Deps<I> {
  db: Db;
  actor: Actor;
  input: I;
  now?: Date;
}

/** Settings that only make sense together. */
function checkSettings(stored: Partial<VenueSettings>) {
  const s = venueSettings(stored);
  if (s.minDurationMinutes > s.maxDurationMinutes) {
    throw validationError('settings.minDurationMinutes', 'The shortest booking cannot exceed the longest');
  }
  if (s.defaultDurationMinutes < s.minDurationMinutes || s.defaultDurationMinutes > s.maxDurationMinutes) {
    throw validationError(
      'settings.defaultDurationMinutes',
      'The default duration must lie between the shortest and the longest',
    );
  }
  if (s.minNights > s.maxNights) {
    throw validationError('settings.minNights', 'The fewest nights cannot exceed the most');
  }
}

async function loadAdminVenue(db: Executor, id: string, now: Date) {
  const [venue] = await listVenueRows(db, { ids: [id], includeInactive: true, now });
  if (!venue) throw notFound('Venue');
  return {
    ...venue,
    settings: venueSettings(venue.settings),
    resourceCount: venue.resourceCount ?? 0,
    layoutCount: venue.layoutCount ?? 0,
    upcomingEventCount: venue.upcomingEventCount ?? 0,
  };
}

export async function createVenue({
  db,
  input,
  now = new Date(),
}: Deps<VenueFields & { slug: string; kind: VenueKind; name: string }>) {
  if (input.settings) checkSettings(input.settings);
  const { id } = await insertVenueRow(db, input);
  return loadAdminVenue(db, id, now);
}

/** Changes what is given; settings merge into the stored ones. A taken slug is CONFLICT on `slug`. */
export async function updateVenue({
  db,
  input,
  now = new Date(),
}: Deps<Omit<VenueFields, 'kind'> & { id: string }>) {
  return transact(db, async (trx) => {
    const venue = await lockVenue(trx, input.id);
    if (!venue) throw notFound('Venue');
    const { id, settings, ...fields } = input;
    const merged = settings ? { ...venue.settings, ...settings } : undefined;
    if (merged) checkSettings(merged);
    await updateVenueRow(trx, id, { ...fields, settings: merged });
    return loadAdminVenue(trx, id, now);
  });
}

export async function listVenuesForAdmin({
  db,
  actor,
  input,
  now = new Date(),
}: Deps<{ kind?: VenueKind | undefined; includeInactive: boolean }>) {
  const venues = await listVenueRows(db, { ...input, venueIds: actor.venueIds, now });
  return venues.map((venue) => ({
    ...venue,
    settings: venueSettings(venue.settings),
    resourceCount: venue.resourceCount ?? 0,
    layoutCount: venue.layoutCount ?? 0,
    upcomingEventCount: venue.upcomingEventCount ?? 0,
  }));
}
