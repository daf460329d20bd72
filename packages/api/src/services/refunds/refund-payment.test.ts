import { useTestDatabase } from '@reserva/db/testing';
import { describe, expect, it } from 'vitest';
import type { CardGateway } from '../../payments/provider.js';
import { createSimulatedCardGateway } from '../../payments/simulated-card-gateway.js';
import { insertSeatBooking, minutesAfter } from '../../routers/admin/events/fixtures.js';
import { insertVenue } from '../../test-fixtures.js';
import { giveUpRefund, refundPayment } from './refund-payment.js';

const database = await useTestDatabase();

/** A cancelled one-seat booking whose payment waits for its refund (as `admin.events.cancel` leaves it). */
async function pendingRefund(provider: 'card' | 'offline' = 'card') {
  const venue = await insertVenue(database, { kind: 'cinema', slug: `bioskop-${provider}` });
  const layout = await database.db
    .insertInto('layouts')
    .values({ venue_id: venue.id, name: 'Studio', kind: 'hall', rows: 1, cols: 1, seat_classes: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seat = await database.db
    .insertInto('resources')
    .values({ venue_id: venue.id, layout_id: layout.id, kind: 'seat', label: 'A1', pos_row: 0, pos_col: 0 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const start = minutesAfter(new Date(), 24 * 60);
  const event = await database.db
    .insertInto('events')
    .values({
      venue_id: venue.id,
      layout_id: layout.id,
      kind: 'showtime',
      title: 'Gundala',
      starts_at: start,
      ends_at: minutesAfter(start, 120),
      price_minor: 50_000,
      status: 'cancelled',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const booking = await insertSeatBooking(database, {
    venueId: venue.id,
    eventId: event.id,
    start,
    end: minutesAfter(start, 120),
    seatIds: [seat.id],
    status: 'CANCELLED',
    paid: { provider, amountMinor: 75_000 },
  });
  await database.db
    .updateTable('payments')
    .set({ status: 'REFUND_PENDING' })
    .where('id', '=', booking.paymentId!)
    .execute();
  await database.db
    .updateTable('bookings')
    .set({ payment_status: 'REFUND_PENDING' })
    .where('id', '=', booking.id)
    .execute();
  await database.db
    .insertInto('refunds')
    .values({
      payment_id: booking.paymentId!,
      booking_id: booking.id,
      amount_minor: 75_000,
      currency: 'IDR',
      cause: 'event_cancel',
      status: 'PENDING',
      idempotency_key: `refund:${booking.paymentId!}`,
      requested_label: 'fixture',
    })
    .execute();
  return { ...booking, paymentId: booking.paymentId! };
}

const paymentOf = (id: string) =>
  database.db
    .selectFrom('payments')
    .innerJoin('bookings', 'bookings.id', 'payments.booking_id')
    .select([
      'payments.status',
      'payments.refund_ref as refundRef',
      'payments.refund_attempts as attempts',
      'payments.refund_error as error',
      'payments.refunded_at as refundedAt',
      'bookings.payment_status as bookingPayment',
    ])
    .where('payments.id', '=', id)
    .executeTakeFirstOrThrow();

const ledgerRefunds = () =>
  database.db.selectFrom('gateway_ledger').selectAll().where('kind', '=', 'refund').execute();

describe('refundPayment', () => {
  it('a worker that dies after the gateway refunded (before recording it) leaves a retry that records the same refund, not a second one', async () => {
    const { paymentId } = await pendingRefund();
    const real = createSimulatedCardGateway(database.db);
    // The refund reaches the gateway, then the answer is lost (crash, timeout, network).
    const dying: CardGateway = {
      ...real,
      async refund(request) {
        await real.refund(request);
        throw new Error('connection reset');
      },
    };
    await expect(refundPayment({ db: database.db, cardGateway: dying, paymentId })).rejects.toThrow(
      'connection reset',
    );
    expect(await paymentOf(paymentId)).toMatchObject({
      status: 'REFUND_PENDING',
      attempts: 1,
      error: 'connection reset',
    });

    expect(await refundPayment({ db: database.db, cardGateway: real, paymentId })).toBe('refunded');
    const ledger = await ledgerRefunds();
    expect(ledger).toHaveLength(1);
    expect(await paymentOf(paymentId)).toMatchObject({
      status: 'REFUNDED',
      bookingPayment: 'REFUNDED',
      refundRef: ledger[0]!.reference,
      attempts: 2,
      error: null,
    });
    // Once done, it stays done.
    expect(await refundPayment({ db: database.db, cardGateway: real, paymentId })).toBe('already-refunded');
    expect(await ledgerRefunds()).toHaveLength(1);
  });

  it('ten workers on one payment at once: one refund at the gateway, recorded once', async () => {
    const { id: bookingId, paymentId } = await pendingRefund();
    const gateway = createSimulatedCardGateway(database.db);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => refundPayment({ db: database.db, cardGateway: gateway, paymentId })),
    );
    expect(outcomes.filter((o) => o === 'refunded')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'already-refunded')).toHaveLength(9);
    expect(await ledgerRefunds()).toHaveLength(1);
    const notes = await database.db
      .selectFrom('booking_history')
      .select('note')
      .where('booking_id', '=', bookingId)
      .where('note', 'like', 'refund%')
      .execute();
    expect(notes).toHaveLength(1);
  });

  it('an offline payment is marked refunded without the gateway (staff hand the money back)', async () => {
    const { paymentId } = await pendingRefund('offline');
    const untouchable: CardGateway = {
      charge: () => Promise.reject(new Error('no')),
      lookup: () => Promise.reject(new Error('no')),
      refund: () => Promise.reject(new Error('the gateway must not be called')),
    };
    expect(await refundPayment({ db: database.db, cardGateway: untouchable, paymentId })).toBe('refunded');
    expect(await paymentOf(paymentId)).toMatchObject({ status: 'REFUNDED', refundRef: 'offline' });
    expect(await ledgerRefunds()).toEqual([]);
  });

  it('giving up marks only a pending refund failed; a payment not waiting for a refund is left alone', async () => {
    const { paymentId } = await pendingRefund();
    expect(await giveUpRefund({ db: database.db, paymentId })).toBe(true);
    expect(await paymentOf(paymentId)).toMatchObject({
      status: 'REFUND_FAILED',
      bookingPayment: 'REFUND_FAILED',
    });
    expect(await giveUpRefund({ db: database.db, paymentId })).toBe(false);
    // Given up means left alone until staff retry.
    const gateway = createSimulatedCardGateway(database.db);
    expect(await refundPayment({ db: database.db, cardGateway: gateway, paymentId })).toBe('not-pending');
    expect(
      await refundPayment({
        db: database.db,
        cardGateway: gateway,
        paymentId: '00000000-0000-4000-8000-000000000000',
      }),
    ).toBe('unknown-payment');
    expect(await ledgerRefunds()).toEqual([]);
  });
});
