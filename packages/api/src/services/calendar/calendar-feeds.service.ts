import { hashToken, randomToken } from '@reserva/auth';
import type { Db } from '@reserva/db';
import { forbidden, hasRole, notFound } from '@reserva/domain';
import type { Actor } from '../../context.js';
import {
  calendarBookings,
  findFeedByTokenHash,
  findVenueName,
  insertFeed,
  revokeLiveFeed,
} from './calendar-feeds.repository.js';
import { bookingsCalendar } from './calendar-ics.js';

export type FeedKind = 'venue' | 'me';

const DAY_MS = 86_400_000;
/** What a feed holds: the last 30 days and the next year, at most this many bookings. */
const PAST_DAYS = 30;
const FUTURE_DAYS = 366;
const MAX_BOOKINGS = 5_000;

export const feedPath = (kind: FeedKind, token: string) =>
  kind === 'venue' ? `/calendar/venues/${token}.ics` : `/calendar/me/${token}.ics`;

/**
 * A new private link for this person — to one venue's bookings (staff; checked by the procedure)
 * or to their own. It replaces their previous link of that kind, which stops working at once;
 * colleagues' links are theirs and stay. Only the token's hash is kept, so the link is shown once.
 */
export async function issueCalendarFeed({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Actor;
  input: { venueId: string | null };
}) {
  if (actor.kind !== 'user') throw forbidden('Calendar links belong to a person: sign in to get one');
  if (input.venueId !== null && !(await findVenueName(db, input.venueId))) throw notFound('Venue');
  const token = randomToken(20);
  const feed = await db.transaction().execute(async (trx) => {
    const now = new Date();
    await revokeLiveFeed(trx, actor.userId, input.venueId, now);
    return insertFeed(trx, { tokenHash: hashToken(token), userId: actor.userId, venueId: input.venueId });
  });
  return { path: feedPath(input.venueId === null ? 'me' : 'venue', token), createdAt: feed.createdAt };
}

export type CalendarFeedAnswer =
  | { kind: 'calendar'; ics: string }
  | { kind: 'unknown' }
  | { kind: 'revoked'; message: string };

const TOKEN_SHAPE = /^[a-z2-7]{16,64}$/;

/** The iCalendar document behind a link, or why there is none. */
export async function readCalendarFeed({
  db,
  kind,
  token,
  now = new Date(),
}: {
  db: Db;
  kind: FeedKind;
  token: string;
  now?: Date;
}): Promise<CalendarFeedAnswer> {
  if (!TOKEN_SHAPE.test(token)) return { kind: 'unknown' };
  const feed = await findFeedByTokenHash(db, hashToken(token));
  if (!feed || (kind === 'venue') !== (feed.venueId !== null)) return { kind: 'unknown' };
  if (feed.revokedAt) return { kind: 'revoked', message: 'This calendar link was replaced or revoked' };
  if (feed.venueId !== null && !hasRole(feed.role, 'staff'))
    return { kind: 'revoked', message: 'This calendar link belongs to someone who is no longer staff' };

  const window = {
    from: new Date(now.getTime() - PAST_DAYS * DAY_MS),
    to: new Date(now.getTime() + FUTURE_DAYS * DAY_MS),
    limit: MAX_BOOKINGS,
  };
  if (feed.venueId !== null) {
    const venue = await findVenueName(db, feed.venueId);
    if (!venue) return { kind: 'unknown' };
    const bookings = await calendarBookings(db, { venueId: venue.id }, window);
    return {
      kind: 'calendar',
      ics: bookingsCalendar(bookings, {
        name: `${venue.name} — Reserva`,
        timeZone: venue.timeZone,
        audience: 'staff',
      }),
    };
  }
  const bookings = await calendarBookings(db, { userId: feed.userId }, window);
  return {
    kind: 'calendar',
    ics: bookingsCalendar(bookings, {
      name: 'My bookings — Reserva',
      timeZone: bookings[0]?.timeZone ?? 'Asia/Jakarta',
      audience: 'customer',
    }),
  };
}
