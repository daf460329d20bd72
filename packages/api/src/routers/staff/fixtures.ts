import type { TestDatabase } from '@reserva/db/testing';
import { type BookingStatus, generateBookingCode, isActiveStatus, type PaymentStatus } from '@reserva/domain';
import { sql } from 'kysely';
import { type createTestApi, insertTestUser } from '../../testing.js';

type TestApi = ReturnType<typeof createTestApi>;

/** A booking straight in the database: its row, one item per resource, and its first history entry. */
export async function insertBooking(
  database: TestDatabase,
  booking: {
    venueId: string;
    status: BookingStatus;
    start: Date;
    end: Date;
    resourceIds?: string[];
    /** Where the items end (a restaurant's include the turn buffer); defaults to `end`. */
    itemsEnd?: Date;
    partySize?: number;
    contact?: { name: string; phone: string };
    code?: string;
    paymentStatus?: PaymentStatus;
    totalMinor?: number;
    userId?: string | null;
  },
) {
  const row = await database.db
    .insertInto('bookings')
    .values({
      code: booking.code ?? generateBookingCode(),
      venue_id: booking.venueId,
      user_id: booking.userId ?? null,
      status: booking.status,
      payment_status: booking.paymentStatus ?? 'UNPAID',
      party_size: booking.partySize ?? 2,
      starts_at: booking.start,
      ends_at: booking.end,
      contact_name: booking.contact?.name ?? 'Rina',
      contact_phone: booking.contact?.phone ?? '+6281211112222',
      total_minor: booking.totalMinor ?? 0,
      ...(booking.status === 'CANCELLED' ? { cancel_reason: 'OTHER' as const } : {}),
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  for (const resourceId of booking.resourceIds ?? []) {
    await database.db
      .insertInto('booking_items')
      .values({
        booking_id: row.id,
        resource_id: resourceId,
        period: `[${booking.start.toISOString()},${(booking.itemsEnd ?? booking.end).toISOString()})`,
        active: isActiveStatus(booking.status),
      })
      .execute();
  }
  await database.db
    .insertInto('booking_history')
    .values({ booking_id: row.id, actor_label: 'fixture', from_status: null, to_status: booking.status })
    .execute();
  return row;
}

/** The history rows of a booking, oldest first, as the database holds them. */
export const historyRows = (database: TestDatabase, bookingId: string) =>
  database.db
    .selectFrom('booking_history')
    .select([
      'actor_label as actor',
      'actor_user_id as actorUserId',
      'from_status as from',
      'to_status as to',
      'note',
    ])
    .where('booking_id', '=', bookingId)
    .orderBy('id')
    .execute();

/** The items of a booking with their resource label and whether they still hold the place. */
export const itemRows = (database: TestDatabase, bookingId: string) =>
  database.db
    .selectFrom('booking_items')
    .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
    .select([
      'resources.label',
      'booking_items.active',
      sql<Date>`lower(booking_items.period)`.as('start'),
      sql<Date>`upper(booking_items.period)`.as('end'),
    ])
    .where('booking_id', '=', bookingId)
    .orderBy('resources.label')
    .execute();

export const statusOf = async (database: TestDatabase, bookingId: string) =>
  (
    await database.db
      .selectFrom('bookings')
      .select('status')
      .where('id', '=', bookingId)
      .executeTakeFirstOrThrow()
  ).status;

/** A client signed in (through auth.login) as a new user with the given role. */
export async function signedIn(
  database: TestDatabase,
  testApi: TestApi,
  role: 'customer' | 'staff' | 'admin',
  email = `${role}@reserva.test`,
) {
  const user = await insertTestUser(database, { email, role, password: 'password-123' });
  const client = testApi.client();
  await client.api.auth.login({ email, password: 'password-123' });
  return { api: client.api, user };
}

export const minutesLater = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * 60_000);
