import type { Db } from '@reserva/db';
import { notFound, type VenueKind, venueSettings } from '@reserva/domain';
import {
  findVenue,
  layoutsWithSeatCount,
  listActiveVenues,
  resourceSummary,
} from '../repositories/venues.repository.js';

export const listVenues = ({ db, input }: { db: Db; input: { kind?: VenueKind | undefined } }) =>
  listActiveVenues(db, input.kind);

export async function getVenue({ db, input }: { db: Db; input: { id: string } | { slug: string } }) {
  const venue = await findVenue(db, input);
  if (!venue?.active) throw notFound('Venue');
  const [resources, layouts] = await Promise.all([
    resourceSummary(db, venue.id),
    layoutsWithSeatCount(db, venue.id),
  ]);
  const { settings, active: _, ...summary } = venue;
  return {
    ...summary,
    settings: venueSettings(settings),
    areas: [...new Set(resources.map((r) => r.area).filter((area): area is string => area !== null))],
    resourceCount: resources.reduce((sum, r) => sum + r.count, 0),
    layouts,
  };
}
