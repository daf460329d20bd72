import type { TestDatabase } from '@reserva/db/testing';
import { addDays, todayIn, type VenueKind, type VenueSettings, zonedToInstant } from '@reserva/domain';

/**
 * Small, explicit venues for integration tests (the demo seed is too big to reason about). Staff
 * accounts already in the database are given the new venue too, so tests that are not about venue
 * scoping see staff who work everywhere; scoping tests insert their venues first and then give each
 * staff account its own (`insertTestUser({ venueIds })`).
 */
export async function insertVenue(
  database: TestDatabase,
  venue: {
    kind: VenueKind;
    slug: string;
    name?: string;
    timeZone?: string;
    settings?: Partial<VenueSettings>;
  },
) {
  const row = await database.db
    .insertInto('venues')
    .values({
      slug: venue.slug,
      kind: venue.kind,
      name: venue.name ?? venue.slug,
      time_zone: venue.timeZone ?? 'Asia/Jakarta',
      settings: venue.settings ?? {},
    })
    .returning(['id', 'name', 'time_zone as timeZone'])
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('staff_venues')
    .columns(['user_id', 'venue_id'])
    .expression((eb) =>
      eb
        .selectFrom('users')
        .select(['users.id', eb.val(row.id).as('venue_id')])
        .where('role', '=', 'staff'),
    )
    .execute();
  return row;
}

export async function insertResources(
  database: TestDatabase,
  venueId: string,
  kind: 'table' | 'desk' | 'room',
  resources: {
    label: string;
    capacity?: number;
    area?: string;
    priceMinor?: number;
    status?: 'available' | 'maintenance';
  }[],
) {
  const rows = await database.db
    .insertInto('resources')
    .values(
      resources.map((r, index) => ({
        venue_id: venueId,
        kind,
        label: r.label,
        capacity: r.capacity ?? 1,
        area: r.area ?? null,
        price_minor: r.priceMinor ?? 0,
        status: r.status ?? 'available',
        sort_order: index,
        pos_row: Math.floor(index / 4),
        pos_col: index % 4,
      })),
    )
    .returning(['id', 'label'])
    .execute();
  return Object.fromEntries(rows.map((row) => [row.label, row.id])) as Record<string, string>;
}

/** A venue-local wall-clock time `days` from today in that zone, as an instant. */
export function localAt(timeZone: string, days: number, time: string): Date {
  return zonedToInstant(addDays(todayIn(timeZone, new Date()), days), time, timeZone);
}

export const localDate = (timeZone: string, days: number) => addDays(todayIn(timeZone, new Date()), days);

export async function countRows(
  database: TestDatabase,
  table: 'bookings' | 'booking_items' | 'booking_history',
) {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
