import { useTestDatabase } from '@reserva/db/testing';
import type { VenueSettings } from '@reserva/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../../payments/simulated-card-gateway.js';
import { eventually } from '../../routers/admin/events/fixtures.js';
import { insertEvent, insertSeatVenue } from '../../routers/holds/fixtures.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import type { Worker } from '../../worker/index.js';
import { startQuickWorker } from './test-processes.js';

/**
 * Money for every kind of booking, end to end on a real PostgreSQL, the simulated gateway's own
 * ledger and a real refund worker: paid by card and at the counter, cancelled by the customer and
 * by staff, no-shows, manual partial refunds, and what the ledger, payments and refunds then say.
 */
const database = await useTestDatabase();
const testApi = createTestApi(database);
let worker: Worker;
beforeAll(async () => {
  worker = await startQuickWorker(database, testApi);
});
afterAll(async () => {
  await worker.stop();
  await testApi.close();
});

const TZ = 'Asia/Jakarta';
const card = { number: TEST_CARDS.succeeds };
const contact = { name: 'Dewi', phone: '+62 811 2000 3000' };
let keys = 0;
const key = () => `key-${++keys}-${Date.now()}`;

const policy: Partial<VenueSettings> = {
  cancelFreeHours: 24,
  cancelFee: { kind: 'percent', percent: 20 },
  noShowFee: { kind: 'keepAll' },
};

async function customer(email = `cust-${keys++}@reserva.test`) {
  return (await signedIn(database, testApi, 'customer', email)).api;
}

const refundsOf = (bookingId: string) =>
  database.db
    .selectFrom('refunds')
    .select(['amount_minor as amount', 'status', 'cause'])
    .where('booking_id', '=', bookingId)
    .orderBy('created_at')
    .execute();

/** What the gateway refunded against this booking's charge, summed. */
async function ledgerRefundedOf(bookingId: string) {
  const rows = await database.db
    .selectFrom('gateway_ledger')
    .innerJoin('payments', 'payments.provider_ref', 'gateway_ledger.charge_reference')
    .select('gateway_ledger.amount_minor as amount')
    .where('payments.booking_id', '=', bookingId)
    .where('gateway_ledger.kind', '=', 'refund')
    .execute();
  return rows.reduce((sum, row) => sum + row.amount, 0);
}

const paymentOf = (bookingId: string) =>
  database.db
    .selectFrom('payments')
    .select(['status', 'amount_minor as amount', 'refunded_minor as refunded', 'method', 'provider'])
    .where('booking_id', '=', bookingId)
    .where('status', '!=', 'FAILED')
    .executeTakeFirstOrThrow();

async function settled(bookingId: string) {
  await eventually(async () => (await refundsOf(bookingId)).every((r) => r.status === 'SUCCEEDED'), 20_000);
}

async function restaurant(slug: string, settings: Partial<VenueSettings> = {}) {
  const venue = await insertVenue(database, {
    kind: 'restaurant',
    slug,
    settings: { depositPerGuestMinor: 50_000, autoConfirm: true, ...policy, ...settings },
  });
  await insertResources(database, venue.id, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
    { label: 'T3', capacity: 4 },
  ]);
  return venue;
}

describe('each kind is paid by card and at the counter', () => {
  it('a restaurant deposit: quoted, paid by card (once, however often retried), and at the counter in cash', async () => {
    const venue = await restaurant('warung-bayar');
    const api = await customer();
    const booking = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 3, '12:00').toISOString(),
      partySize: 2,
      contact,
    });
    const quote = await api.payments.quote({ bookingId: booking.id });
    expect(quote).toMatchObject({
      owedMinor: 100_000,
      dueMinor: 100_000,
      paidMinor: 0,
      payWith: 'payments.pay',
      currency: 'IDR',
      policy: { cancelFreeHours: 24, cancelFee: { kind: 'percent', percent: 20 } },
    });
    const payKey = key();
    const paid = await api.payments.pay({ bookingId: booking.id, card, idempotencyKey: payKey });
    expect(paid).toMatchObject({ id: booking.id, paymentStatus: 'PAID' });
    // A retry with the same key is the same payment.
    await api.payments.pay({ bookingId: booking.id, card, idempotencyKey: payKey });
    expect(
      await database.db.selectFrom('gateway_ledger').selectAll().where('kind', '=', 'charge').execute(),
    ).toHaveLength(1);
    expect(await paymentOf(booking.id)).toMatchObject({
      status: 'SUCCEEDED',
      amount: 100_000,
      method: 'card',
    });
    expect((await api.payments.quote({ bookingId: booking.id })).dueMinor).toBe(0);
    // Another key cannot pay it twice.
    expect(
      await rejectionOf(api.payments.pay({ bookingId: booking.id, card, idempotencyKey: key() })),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'bookingId',
    });

    const walkIn = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 3, '13:00').toISOString(),
      partySize: 1,
      contact,
    });
    const { api: staff } = await signedIn(database, testApi, 'staff', 'kasir@reserva.test');
    const counterKey = key();
    const recorded = await staff.staff.payments.record({
      bookingId: walkIn.id,
      method: 'cash',
      reference: 'KWT-0012',
      amountMinor: 50_000,
      idempotencyKey: counterKey,
    });
    expect(recorded.paymentStatus).toBe('PAID');
    await staff.staff.payments.record({
      bookingId: walkIn.id,
      method: 'cash',
      reference: 'KWT-0012',
      amountMinor: 50_000,
      idempotencyKey: counterKey,
    });
    expect(await paymentOf(walkIn.id)).toMatchObject({
      status: 'SUCCEEDED',
      method: 'cash',
      provider: 'offline',
    });
    const timeline = await staff.payments.timeline({ bookingId: walkIn.id });
    expect(timeline.entries).toMatchObject([
      {
        kind: 'charge',
        amountMinor: 50_000,
        method: 'cash',
        reference: 'KWT-0012',
        by: 'kasir@reserva.test',
      },
    ]);
  });

  it('a hotel stay in full by card, or its first night at the counter by bank transfer', async () => {
    const hotel = await insertVenue(database, { kind: 'hotel', slug: 'hotel-bayar', settings: policy });
    await insertResources(database, hotel.id, 'room', [
      { label: '101', area: 'Standard', capacity: 2, priceMinor: 400_000 },
      { label: '102', area: 'Standard', capacity: 2, priceMinor: 400_000 },
    ]);
    const api = await customer();
    const stay = (days: number) =>
      api.bookings.create({
        venueId: hotel.id,
        checkIn: localAt(TZ, days, '00:00').toISOString().slice(0, 10),
        checkOut: localAt(TZ, days + 2, '00:00')
          .toISOString()
          .slice(0, 10),
        roomType: 'Standard',
        partySize: 2,
        contact,
      });
    const full = await stay(10);
    expect((await api.payments.quote({ bookingId: full.id })).owedMinor).toBe(800_000);
    await api.payments.pay({ bookingId: full.id, card, idempotencyKey: key() });
    expect(await paymentOf(full.id)).toMatchObject({ amount: 800_000, status: 'SUCCEEDED' });

    await database.db
      .updateTable('venues')
      .set({ settings: { ...policy, hotelCharge: 'firstNight' } })
      .where('id', '=', hotel.id)
      .execute();
    const firstNight = await stay(20);
    expect((await api.payments.quote({ bookingId: firstNight.id })).owedMinor).toBe(400_000);
    const { api: staff } = await signedIn(database, testApi, 'staff', 'resepsionis@reserva.test');
    const wrong = await rejectionOf(
      staff.staff.payments.record({
        bookingId: firstNight.id,
        method: 'bank_transfer',
        reference: 'TRF-1',
        amountMinor: 800_000,
        idempotencyKey: key(),
      }),
    );
    expect(wrong).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'amountMinor',
      message: 'This booking owes IDR 400000',
    });
    await staff.staff.payments.record({
      bookingId: firstNight.id,
      method: 'bank_transfer',
      reference: 'TRF-1',
      amountMinor: 400_000,
      idempotencyKey: key(),
    });
    expect(await paymentOf(firstNight.id)).toMatchObject({ amount: 400_000, method: 'bank_transfer' });
  });

  it('coworking hours by card and by QRIS', async () => {
    const cowork = await insertVenue(database, { kind: 'coworking', slug: 'ruang-bayar', settings: policy });
    const desks = await insertResources(database, cowork.id, 'desk', [
      { label: 'D1', priceMinor: 30_000 },
      { label: 'D2', priceMinor: 30_000 },
    ]);
    const api = await customer();
    const book = (desk: string) =>
      api.bookings.create({
        venueId: cowork.id,
        resourceId: desk,
        start: localAt(TZ, 2, '09:00').toISOString(),
        end: localAt(TZ, 2, '11:00').toISOString(),
        contact,
      });
    const byCard = await book(desks.D1!);
    await api.payments.pay({ bookingId: byCard.id, card, idempotencyKey: key() });
    expect(await paymentOf(byCard.id)).toMatchObject({ amount: 60_000, status: 'SUCCEEDED' });
    const byQris = await book(desks.D2!);
    const { api: staff } = await signedIn(database, testApi, 'staff', 'front@reserva.test');
    await staff.staff.payments.record({
      bookingId: byQris.id,
      method: 'qris',
      reference: 'QR-77',
      amountMinor: 60_000,
      idempotencyKey: key(),
    });
    expect(await paymentOf(byQris.id)).toMatchObject({ amount: 60_000, method: 'qris' });
  });

  it('cinema and bus seats by card (checkout) and at the counter (claim code)', async () => {
    for (const kind of ['cinema', 'bus'] as const) {
      const { venueId, layoutId, seats } = await insertSeatVenue(database, {
        kind,
        slug: `${kind}-bayar`,
        rows: 1,
        cols: 4,
      });
      const eventId = await insertEvent(database, {
        venueId,
        layoutId,
        kind: kind === 'bus' ? 'trip' : 'showtime',
      });
      const { api } = testApi.client();
      const hold = await api.holds.create({ eventId, seatIds: [seats.A1!] });
      const { api: staff } = await signedIn(database, testApi, 'staff', `loket-${kind}@reserva.test`);
      expect(await staff.payments.quote({ bookingId: hold.holdId })).toMatchObject({
        owedMinor: 50_000,
        dueMinor: 50_000,
        payWith: 'holds.checkout',
      });
      const paid = await api.holds.checkout({
        holdToken: hold.holdToken,
        payment: { method: 'card', card },
        idempotencyKey: key(),
      });
      expect(paid.paymentStatus).toBe('PAID');

      const other = testApi.client().api;
      const counterHold = await other.holds.create({ eventId, seatIds: [seats.A2!] });
      const { claimCode } = await other.holds.attachContact({
        holdToken: counterHold.holdToken,
        name: 'Budi',
        whatsapp: '0812 3456 7890',
      });
      const confirmed = await staff.staff.payments.confirm({ claimCode });
      expect(confirmed.paymentStatus).toBe('PAID');
      expect(await paymentOf(confirmed.id)).toMatchObject({ provider: 'offline', status: 'SUCCEEDED' });
    }
  });
});

describe('cancellations refund what the policy says, exactly once', () => {
  it('a customer cancel inside the free window gets everything back; outside it, all but the fee — as quoted', async () => {
    const venue = await restaurant('warung-batal');
    const api = await customer();
    const early = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 5, '12:00').toISOString(),
      partySize: 2,
      contact,
    });
    const soon = await api.bookings.create({
      venueId: venue.id,
      start: new Date(Date.now() + 3 * 3_600_000).toISOString(),
      partySize: 3,
      contact,
    });
    for (const b of [early, soon]) await api.payments.pay({ bookingId: b.id, card, idempotencyKey: key() });

    const earlyQuote = await api.bookings.cancelQuote({ id: early.id });
    expect(earlyQuote).toMatchObject({
      refundMinor: 100_000,
      feeMinor: 0,
      currency: 'IDR',
      reason: 'FREE_CANCELLATION',
    });
    const soonQuote = await api.bookings.cancelQuote({ id: soon.id });
    expect(soonQuote).toMatchObject({
      refundMinor: 120_000,
      feeMinor: 30_000,
      reason: 'LATE_CANCELLATION_FEE',
    });

    for (const b of [early, soon]) {
      // Reason OTHER is still the customer's own cancel: the fee applies all the same.
      const cancelled = await api.bookings.cancel({
        id: b.id,
        reasonCode: 'OTHER',
        description: 'plans changed',
      });
      expect(cancelled).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUND_PENDING' });
    }
    await settled(early.id);
    await settled(soon.id);
    expect(await ledgerRefundedOf(early.id)).toBe(earlyQuote.refundMinor);
    expect(await ledgerRefundedOf(soon.id)).toBe(soonQuote.refundMinor);
    expect(await paymentOf(early.id)).toMatchObject({ status: 'REFUNDED', refunded: 100_000 });
    expect(await paymentOf(soon.id)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: 120_000 });
    const timeline = await api.payments.timeline({ bookingId: soon.id });
    expect(timeline).toMatchObject({
      paidMinor: 150_000,
      refundedMinor: 120_000,
      feesKeptMinor: 30_000,
      netMinor: 30_000,
    });
    expect(timeline.entries.map((e) => e.kind)).toEqual(['charge', 'refund', 'fee']);
    // A second cancel changes nothing and refunds nothing more.
    expect(await rejectionOf(api.bookings.cancel({ id: soon.id }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refundsOf(soon.id)).toHaveLength(1);
  });

  it('staff cancel follows the reason: at the customer’s request the fee applies, a venue reason refunds everything; no-shows keep the deposit or a set fee', async () => {
    const venue = await restaurant('warung-staf');
    const api = await customer();
    const { api: staff } = await signedIn(database, testApi, 'staff', 'staf@reserva.test');
    const book = async (hoursAhead: number, partySize = 2) => {
      const booking = await api.bookings.create({
        venueId: venue.id,
        start: new Date(Date.now() + hoursAhead * 3_600_000).toISOString(),
        partySize,
        contact,
      });
      await api.payments.pay({ bookingId: booking.id, card, idempotencyKey: key() });
      return booking;
    };
    const requested = await book(2);
    const closed = await book(2.5);
    await staff.staff.bookings.cancel({
      id: requested.id,
      reasonCode: 'CUSTOMER_REQUEST',
      description: 'called in',
    });
    await staff.staff.bookings.cancel({
      id: closed.id,
      reasonCode: 'VENUE_CLOSED',
      description: 'kitchen fire',
    });
    await settled(requested.id);
    await settled(closed.id);
    expect(await ledgerRefundedOf(requested.id)).toBe(80_000);
    expect(await ledgerRefundedOf(closed.id)).toBe(100_000);

    // No-shows: the bookings started a while ago.
    const noShow = await book(1);
    await database.db
      .updateTable('bookings')
      .set({ starts_at: new Date(Date.now() - 30 * 60_000), ends_at: new Date(Date.now() + 60 * 60_000) })
      .where('id', '=', noShow.id)
      .execute();
    await staff.staff.bookings.noShow({ id: noShow.id });
    expect(await refundsOf(noShow.id)).toEqual([]);
    expect(await paymentOf(noShow.id)).toMatchObject({ status: 'SUCCEEDED', refunded: 0 });

    await database.db
      .updateTable('venues')
      .set({
        settings: {
          depositPerGuestMinor: 50_000,
          autoConfirm: true,
          ...policy,
          noShowFee: { kind: 'fixed', amountMinor: 30_000 },
        },
      })
      .where('id', '=', venue.id)
      .execute();
    const setFee = await book(1.5);
    await database.db
      .updateTable('bookings')
      .set({ starts_at: new Date(Date.now() - 30 * 60_000), ends_at: new Date(Date.now() + 60 * 60_000) })
      .where('id', '=', setFee.id)
      .execute();
    await staff.staff.bookings.noShow({ id: setFee.id });
    await settled(setFee.id);
    expect(await ledgerRefundedOf(setFee.id)).toBe(70_000);
    expect(await refundsOf(setFee.id)).toEqual([{ amount: 70_000, status: 'SUCCEEDED', cause: 'no_show' }]);
  });

  it('a single paid cinema ticket cancelled by its customer is refunded (it used to stay PAID)', async () => {
    const { venueId, layoutId, seats } = await insertSeatVenue(database, {
      slug: 'bioskop-batal',
      rows: 1,
      cols: 2,
      settings: policy,
    });
    const eventId = await insertEvent(database, { venueId, layoutId, startsInHours: 72 });
    const api = await customer();
    const hold = await api.holds.create({ eventId, seatIds: [seats.A1!] });
    const ticket = await api.holds.checkout({
      holdToken: hold.holdToken,
      payment: { method: 'card', card },
      idempotencyKey: key(),
    });
    expect((await api.bookings.cancelQuote({ id: ticket.id })).refundMinor).toBe(50_000);
    const cancelled = await api.bookings.cancel({ id: ticket.id });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', paymentStatus: 'REFUND_PENDING' });
    await settled(ticket.id);
    expect(await ledgerRefundedOf(ticket.id)).toBe(50_000);
    expect((await api.bookings.get({ id: ticket.id })).paymentStatus).toBe('REFUNDED');
  });
});

describe('manual refunds', () => {
  it('partial refunds by hand are real partial refunds in the ledger, up to what was paid, admin-only above the threshold', async () => {
    const venue = await restaurant('warung-manual', { manualRefundAdminAboveMinor: 60_000 });
    const api = await customer();
    const booking = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 4, '12:00').toISOString(),
      partySize: 3,
      contact,
    });
    await api.payments.pay({ bookingId: booking.id, card, idempotencyKey: key() });
    const { api: staff } = await signedIn(database, testApi, 'staff', 'manual-staf@reserva.test');
    const { api: admin } = await signedIn(database, testApi, 'admin', 'manual-admin@reserva.test');

    const first = await staff.staff.payments.refund({
      bookingId: booking.id,
      amountMinor: 40_000,
      reason: 'AC broken at the table',
      idempotencyKey: 'manual-one',
    });
    expect(first).toMatchObject({ amountMinor: 40_000, currency: 'IDR', status: 'PENDING' });
    // The same key again is the same refund.
    expect(
      (
        await staff.staff.payments.refund({
          bookingId: booking.id,
          amountMinor: 40_000,
          reason: 'AC broken at the table',
          idempotencyKey: 'manual-one',
        })
      ).refundId,
    ).toBe(first.refundId);
    expect(
      await rejectionOf(
        staff.staff.payments.refund({
          bookingId: booking.id,
          amountMinor: 70_000,
          reason: 'more',
          idempotencyKey: 'manual-big',
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    await settled(booking.id);
    expect(await paymentOf(booking.id)).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: 40_000 });
    expect((await api.bookings.get({ id: booking.id })).paymentStatus).toBe('PARTIALLY_REFUNDED');

    await admin.staff.payments.refund({
      bookingId: booking.id,
      amountMinor: 110_000,
      reason: 'goodwill',
      idempotencyKey: 'manual-two',
    });
    await settled(booking.id);
    expect(await ledgerRefundedOf(booking.id)).toBe(150_000);
    expect(await paymentOf(booking.id)).toMatchObject({ status: 'REFUNDED', refunded: 150_000 });
    const ledger = await database.db
      .selectFrom('gateway_ledger')
      .select(['amount_minor'])
      .where('kind', '=', 'refund')
      .where('idempotency_key', 'like', `manual:${booking.id}:%`)
      .execute();
    expect(ledger.map((r) => r.amount_minor).sort()).toEqual([110_000, 40_000]);
  });
});

describe('revenue', () => {
  it('staff.stats: gross − refunded = net per venue and per day; a cancellation refunded in full is no revenue, a fee kept is', async () => {
    const venue = await restaurant('warung-omzet');
    const api = await customer();
    const start = (hoursAhead: number) => new Date(Date.now() + hoursAhead * 3_600_000).toISOString();
    const kept = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 3, '12:00').toISOString(),
      partySize: 2,
      contact,
    });
    const refunded = await api.bookings.create({
      venueId: venue.id,
      start: localAt(TZ, 3, '13:00').toISOString(),
      partySize: 2,
      contact,
    });
    const late = await api.bookings.create({ venueId: venue.id, start: start(2), partySize: 2, contact });
    for (const b of [kept, refunded, late])
      await api.payments.pay({ bookingId: b.id, card, idempotencyKey: key() });
    await api.bookings.cancel({ id: refunded.id });
    await api.bookings.cancel({ id: late.id });
    await settled(refunded.id);
    await settled(late.id);
    const { api: staff } = await signedIn(database, testApi, 'staff', 'omzet@reserva.test');
    const stats = await staff.staff.stats({ venueId: venue.id });
    const money = { grossMinor: 300_000, refundedMinor: 180_000, feesKeptMinor: 20_000, netMinor: 120_000 };
    expect(stats).toMatchObject(money);
    expect(stats.byVenue).toEqual([{ venueId: venue.id, venueName: 'warung-omzet', ...money }]);
    const days = stats.daily.filter((day) => day.grossMinor > 0);
    expect(days.reduce((sum, day) => sum + day.netMinor, 0)).toBe(120_000);
    for (const day of days) expect(day.netMinor).toBe(day.grossMinor - day.refundedMinor);
  });
});
