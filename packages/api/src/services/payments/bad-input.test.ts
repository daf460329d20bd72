import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { TEST_CARDS } from '../../payments/simulated-card-gateway.js';
import { signedIn } from '../../routers/staff/fixtures.js';
import { insertResources, insertVenue, localAt } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { ensureJobQueues } from '../../worker/index.js';

/** Bad money input gets a clear error naming its field, and changes nothing (rows counted). */
const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const card = { number: TEST_CARDS.succeeds };
const contact = { name: 'Dewi', phone: '+62 811 2000 3000' };

/** Every row money moves: payments, refunds, the gateway's ledger, jobs, history, payment statuses. */
async function moneyRows() {
  const { rows } = await sql<Record<string, number | string>>`
    SELECT (SELECT count(*) FROM payments)::int AS payments,
           (SELECT count(*) FROM refunds)::int AS refunds,
           (SELECT count(*) FROM gateway_ledger)::int AS ledger,
           (SELECT count(*) FROM pgboss.job WHERE name = 'refund-payment')::int AS jobs,
           (SELECT count(*) FROM booking_history)::int AS history,
           (SELECT string_agg(payment_status || ':' || status, ',' ORDER BY id) FROM bookings) AS statuses,
           (SELECT string_agg(status || ':' || refunded_minor, ',' ORDER BY id) FROM payments) AS paid
  `.execute(database.db);
  return rows[0];
}

let paidId: string;
let unpaidId: string;
let staff: Awaited<ReturnType<typeof signedIn>>['api'];
let admin: Awaited<ReturnType<typeof signedIn>>['api'];

beforeEach(async () => {
  await ensureJobQueues({ db: database.db, url: database.url });
  const venue = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'warung-salah',
    settings: { depositPerGuestMinor: 50_000, autoConfirm: true },
  });
  await insertResources(database, venue.id, 'table', [
    { label: 'T1', capacity: 4 },
    { label: 'T2', capacity: 4 },
  ]);
  const { api } = await signedIn(database, testApi, 'customer', 'tamu@reserva.test');
  const book = (time: string) =>
    api.bookings.create({
      venueId: venue.id,
      start: localAt('Asia/Jakarta', 3, time).toISOString(),
      partySize: 2,
      contact,
    });
  const paid = await book('12:00');
  await api.payments.pay({ bookingId: paid.id, card, idempotencyKey: 'paid-once-1' });
  paidId = paid.id;
  unpaidId = (await book('14:00')).id;
  staff = (await signedIn(database, testApi, 'staff', 'staf@reserva.test')).api;
  admin = (await signedIn(database, testApi, 'admin', 'admin@reserva.test')).api;
});

const refund = (amountMinor: number, extra: Record<string, unknown> = {}) =>
  admin.staff.payments.refund({
    bookingId: paidId,
    amountMinor,
    reason: 'test',
    idempotencyKey: `refund-${amountMinor}-${Math.random()}`,
    ...extra,
  });

describe('bad money input', () => {
  it('negative, zero, fractional and over-refunds name amountMinor and change nothing', async () => {
    const before = await moneyRows();
    for (const amount of [-1, 0, 1.5]) {
      expect(await rejectionOf(refund(amount))).toMatchObject({ code: 'BAD_REQUEST', field: 'amountMinor' });
    }
    expect(await rejectionOf(refund(100_001))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'amountMinor',
      message: 'At most IDR 100000 is left to refund',
    });
    expect(await moneyRows()).toEqual(before);
  });

  it('a refund of an unpaid booking names bookingId and changes nothing', async () => {
    const before = await moneyRows();
    expect(
      await rejectionOf(
        admin.staff.payments.refund({
          bookingId: unpaidId,
          amountMinor: 10_000,
          reason: 'x',
          idempotencyKey: 'unpaid-1',
        }),
      ),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'bookingId',
      message: 'This booking has not been paid; there is nothing to refund',
    });
    expect(await moneyRows()).toEqual(before);
  });

  it('a second refund beyond what is left of the payment names amountMinor and changes nothing', async () => {
    await refund(80_000);
    const before = await moneyRows();
    expect(await rejectionOf(refund(20_001))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'amountMinor',
      message: 'At most IDR 20000 is left to refund',
    });
    expect(await moneyRows()).toEqual(before);
    await refund(20_000);
    expect(await rejectionOf(refund(1))).toMatchObject({
      field: 'amountMinor',
      message: 'Everything paid for this booking has already been refunded',
    });
  });

  it('a currency other than the venue’s names currency, for refunds, counter payments and card payments', async () => {
    const before = await moneyRows();
    expect(await rejectionOf(refund(10_000, { currency: 'USD' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'currency',
      message: 'This venue takes IDR only',
    });
    expect(
      await rejectionOf(
        staff.staff.payments.record({
          bookingId: unpaidId,
          method: 'cash',
          reference: 'K-1',
          amountMinor: 100_000,
          idempotencyKey: 'counter-usd',
          currency: 'USD',
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'currency' });
    expect(
      await rejectionOf(
        staff.payments.pay({ bookingId: unpaidId, card, idempotencyKey: 'pay-in-usd', currency: 'SGD' }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'currency' });
    expect(await rejectionOf(refund(10_000, { currency: 'rupiah' }))).toMatchObject({ field: 'currency' });
    expect(await moneyRows()).toEqual(before);
  });

  it('counter payments: a wrong amount, an unknown method, a missing reference and a paid booking are refused by field', async () => {
    const before = await moneyRows();
    const record = (input: Record<string, unknown>) =>
      staff.staff.payments.record({
        bookingId: unpaidId,
        method: 'cash',
        reference: 'K-2',
        amountMinor: 100_000,
        idempotencyKey: `counter-${Math.random()}`,
        ...input,
      } as never);
    expect(await rejectionOf(record({ amountMinor: 90_000 }))).toMatchObject({ field: 'amountMinor' });
    expect(await rejectionOf(record({ amountMinor: -5 }))).toMatchObject({ field: 'amountMinor' });
    expect(await rejectionOf(record({ method: 'gold' }))).toMatchObject({ field: 'method' });
    expect(await rejectionOf(record({ reference: ' ' }))).toMatchObject({ field: 'reference' });
    expect(await rejectionOf(record({ bookingId: paidId, amountMinor: 100_000 }))).toMatchObject({
      code: 'CONFLICT',
      field: 'bookingId',
      message: 'This booking is already paid',
    });
    expect(await rejectionOf(record({ idempotencyKey: 'short' }))).toMatchObject({ field: 'idempotencyKey' });
    expect(await moneyRows()).toEqual(before);
  });

  it('a declined card names card.number and charges nothing; a customer cannot refund', async () => {
    const before = await moneyRows();
    const { api } = testApi.client();
    const declined = await rejectionOf(
      staff.payments.pay({
        bookingId: unpaidId,
        card: { number: TEST_CARDS.declined },
        idempotencyKey: 'declined-1',
      }),
    );
    expect(declined).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'card.number',
      message: 'The card was declined',
    });
    const after = await moneyRows();
    // The attempt is on record (FAILED) and the gateway logged its decline; nothing was charged or paid.
    expect(after).toMatchObject({ refunds: before!.refunds, jobs: before!.jobs, statuses: before!.statuses });
    expect(
      await rejectionOf(
        api.staff.payments.refund({
          bookingId: paidId,
          amountMinor: 1,
          reason: 'x',
          idempotencyKey: 'anon-123',
        }),
      ),
    ).toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
