import type { Db } from '@reserva/db';
import type { BookingStatus } from '@reserva/domain';
import { sql } from 'kysely';
import type { Executor } from '../../repositories/bookings.repository.js';

/** Revokes the person's live link for this venue (or for their own bookings, venueId null). */
export const revokeLiveFeed = (db: Executor, userId: string, venueId: string | null, at: Date) =>
  db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where((eb) => (venueId === null ? eb('venue_id', 'is', null) : eb('venue_id', '=', venueId)))
    .where('revoked_at', 'is', null)
    .execute();

export const insertFeed = (
  db: Executor,
  feed: { tokenHash: string; userId: string; venueId: string | null },
) =>
  db
    .insertInto('calendar_feeds')
    .values({ token_hash: feed.tokenHash, user_id: feed.userId, venue_id: feed.venueId })
    .returning(['id', 'created_at as createdAt'])
    .executeTakeFirstOrThrow();

/** A link by its token's hash, with its owner's current role. */
export const findFeedByTokenHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select([
      'calendar_feeds.user_id as userId',
      'calendar_feeds.venue_id as venueId',
      'calendar_feeds.revoked_at as revokedAt',
      'users.role',
    ])
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();

export const findVenueName = (db: Db, venueId: string) =>
  db
    .selectFrom('venues')
    .select(['id', 'name', 'time_zone as timeZone'])
    .where('id', '=', venueId)
    .executeTakeFirst();

/** Seat holds are not bookings yet, and lapsed or given-back holds never were. */
const NOT_IN_CALENDARS: BookingStatus[] = ['HELD', 'EXPIRED', 'RELEASED'];

export interface CalendarBookingRow {
  id: string;
  code: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  partySize: number;
  contactName: string | null;
  contactPhone: string | null;
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
  venueName: string;
  venueAddress: string;
  timeZone: string;
  places: string | null;
}

/** Bookings of one venue or one person overlapping `[from, to)`, by start, with their places' labels. */
export const calendarBookings = (
  db: Db,
  filter: { venueId: string } | { userId: string },
  window: { from: Date; to: Date; limit: number },
): Promise<CalendarBookingRow[]> =>
  db
    .selectFrom('bookings')
    .innerJoin('venues', 'venues.id', 'bookings.venue_id')
    .select([
      'bookings.id',
      'bookings.code',
      'bookings.status',
      'bookings.starts_at as startsAt',
      'bookings.ends_at as endsAt',
      'bookings.party_size as partySize',
      'bookings.contact_name as contactName',
      'bookings.contact_phone as contactPhone',
      'bookings.notes',
      'bookings.created_at as createdAt',
      'bookings.updated_at as updatedAt',
      'venues.name as venueName',
      'venues.address as venueAddress',
      'venues.time_zone as timeZone',
      sql<string | null>`(
        SELECT string_agg(r.label, ', ' ORDER BY r.sort_order, r.label)
        FROM booking_items bi JOIN resources r ON r.id = bi.resource_id
        WHERE bi.booking_id = bookings.id AND (bi.active OR NOT EXISTS (
          SELECT 1 FROM booking_items a WHERE a.booking_id = bookings.id AND a.active))
      )`.as('places'),
    ])
    .where((eb) =>
      'venueId' in filter
        ? eb('bookings.venue_id', '=', filter.venueId)
        : eb('bookings.user_id', '=', filter.userId),
    )
    .where('bookings.status', 'not in', NOT_IN_CALENDARS)
    .where('bookings.ends_at', '>', window.from)
    .where('bookings.starts_at', '<', window.to)
    .orderBy('bookings.starts_at')
    .limit(window.limit)
    .execute();
