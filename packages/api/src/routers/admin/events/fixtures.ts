import type { TestDatabase } from '@reserva/db/testing';
import { type BookingStatus, generateBookingCode, isActiveStatus } from '@reserva/domain';
import { createSimulatedCardGateway, TEST_CARDS } from '../../../payments/simulated-card-gateway.js';
import { insertVenue, localAt } from '../../../test-fixtures.js';
import type { createTestApi } from '../../../testing.js';

type Api = ReturnType<ReturnType<typeof createTestApi>['client']>['api'];

export const minutesAfter = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * 60_000);

/** A cinema with one hall made through the admin API: `rows` × 10 seats split by a centre aisle. */
export async function cinemaWithHall(
  database: TestDatabase,
  admin: Api,
  options: { slug?: string; rows?: number } = {},
) {
  const venue = await insertVenue(database, { kind: 'cinema', slug: options.slug ?? 'bioskop' });
  const layout = await admin.admin.layouts.create({
    venueId: venue.id,
    name: 'Studio 1',
    kind: 'hall',
    rows: options.rows ?? 5,
    cols: 11,
    aisleCols: [5],
    frontLabel: 'LAYAR',
    seatClasses: [{ name: 'Regular', priceMinor: 50_000 }],
  });
  return { venue, layout };
}

/** A showtime starting `days` from today at `time` venue time, two hours long. */
export function scheduleShowtime(
  admin: Api,
  at: { venueId: string; layoutId: string; timeZone: string; days?: number; time?: string; title?: string },
) {
  const startsAt = localAt(at.timeZone, at.days ?? 1, at.time ?? '19:00');
  return admin.admin.events.create({
    kind: 'showtime',
    venueId: at.venueId,
    layoutId: at.layoutId,
    title: at.title ?? 'Agak Laen',
    startsAt: startsAt.toISOString(),
    endsAt: minutesAfter(startsAt, 120).toISOString(),
    priceMinor: 50_000,
  });
}

/**
 * A seat booking on an event straight in the database, as checkout would leave it. With `paid`, a
 * real charge goes through the simulated gateway first (so the gateway has something to refund)
 * and the payment row carries its reference.
 */
export async function insertSeatBooking(
  database: TestDatabase,
  booking: {
    venueId: string;
    eventId: string;
    start: Date;
    end: Date;
    seatIds: string[];
    status: BookingStatus;
    paid?: { provider: 'card' | 'offline'; amountMinor: number };
  },
) {
  const row = await database.db
    .insertInto('bookings')
    .values({
      code: generateBookingCode(),
      venue_id: booking.venueId,
      event_id: booking.eventId,
      user_id: null,
      status: booking.status,
      payment_status: booking.paid ? 'PAID' : 'UNPAID',
      party_size: booking.seatIds.length,
      starts_at: booking.start,
      ends_at: booking.end,
      contact_name: 'Rina',
      contact_phone: '+6281211112222',
      total_minor: booking.paid?.amountMinor ?? 0,
      ...(booking.status === 'HELD' ? { hold_expires_at: minutesAfter(new Date(), 10) } : {}),
      ...(booking.status === 'CANCELLED' ? { cancel_reason: 'CUSTOMER_REQUEST' as const } : {}),
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('booking_items')
    .values(
      booking.seatIds.map((seatId) => ({
        booking_id: row.id,
        resource_id: seatId,
        period: `[${booking.start.toISOString()},${booking.end.toISOString()})`,
        price_minor: booking.paid ? Math.floor(booking.paid.amountMinor / booking.seatIds.length) : 0,
        active: isActiveStatus(booking.status),
      })),
    )
    .execute();
  await database.db
    .insertInto('booking_history')
    .values({ booking_id: row.id, actor_label: 'fixture', from_status: null, to_status: booking.status })
    .execute();
  if (!booking.paid) return { ...row, paymentId: null, chargeRef: null };

  const idempotencyKey = `checkout:${row.id}`;
  let chargeRef: string | null = null;
  if (booking.paid.provider === 'card') {
    const charge = await createSimulatedCardGateway(database.db).charge({
      amountMinor: booking.paid.amountMinor,
      currency: 'IDR',
      card: { number: TEST_CARDS.succeeds },
      idempotencyKey,
    });
    if (charge.outcome !== 'succeeded') throw new Error('the test card should succeed');
    chargeRef = charge.reference;
  }
  const payment = await database.db
    .insertInto('payments')
    .values({
      booking_id: row.id,
      provider: booking.paid.provider,
      status: 'SUCCEEDED',
      amount_minor: booking.paid.amountMinor,
      currency: 'IDR',
      idempotency_key: idempotencyKey,
      provider_ref: chargeRef,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...row, paymentId: payment.id, chargeRef };
}

/** Polls until `check` holds (or fails the test after `timeoutMs`). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** A worker logger that keeps what it is told, for assertions. */
export function recordingLogger() {
  const lines: { level: string; object: object; message?: string | undefined }[] = [];
  const at =
    (level: string) =>
    (object: object, message?: string): void => {
      lines.push({ level, object, message });
    };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
