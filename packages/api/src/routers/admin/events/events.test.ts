import { useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFUND_QUEUE } from '../../../services/refunds/refund-queue.js';
import { insertVenue, localAt } from '../../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../../testing.js';
import { ensureJobQueues } from '../../../worker/index.js';
import { historyRows, signedIn } from '../../staff/fixtures.js';
import { cinemaWithHall, insertSeatBooking, minutesAfter, scheduleShowtime } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());
// Cancelling queues refund jobs: the queue must exist, as a server's start makes sure of.
beforeAll(() => ensureJobQueues({ db: database.db, url: database.url }));

const admin = async () => (await signedIn(database, testApi, 'admin')).api;
const TZ = 'Asia/Jakarta';
const at = (days: number, time: string) => localAt(TZ, days, time);
const iso = (date: Date) => date.toISOString();

async function busOperator(api: Awaited<ReturnType<typeof admin>>) {
  const venue = await insertVenue(database, { kind: 'bus', slug: 'priangan' });
  const layout = await api.admin.layouts.create({
    venueId: venue.id,
    name: 'Executive 2-1',
    kind: 'bus',
    rows: 10,
    cols: 4,
    aisleCols: [2],
    seatClasses: [{ name: 'Executive', priceMinor: 150_000 }],
  });
  return { venue, layout };
}

describe('admin.events.create', () => {
  it('schedules a showtime and a trip (title defaulted, WhatsApp normalised)', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    const showtime = await api.admin.events.create({
      kind: 'showtime',
      venueId: venue.id,
      layoutId: layout.id,
      title: '  Pengabdi Setan ',
      startsAt: '2099-01-01T19:00:00+07:00',
      endsAt: '2099-01-01T21:00:00+07:00',
      priceMinor: 50_000,
    });
    expect(showtime).toMatchObject({
      kind: 'showtime',
      title: 'Pengabdi Setan',
      startsAt: '2099-01-01T12:00:00.000Z',
      endsAt: '2099-01-01T14:00:00.000Z',
      priceMinor: 50_000,
      status: 'scheduled',
      origin: null,
      busType: null,
      cancelledAt: null,
    });

    const bus = await busOperator(api);
    const trip = await api.admin.events.create({
      kind: 'trip',
      venueId: bus.venue.id,
      layoutId: bus.layout.id,
      origin: 'Bandung',
      destination: 'Jakarta',
      busType: 'Executive',
      operatorWhatsapp: '0813 2220 0150',
      startsAt: iso(at(2, '06:00')),
      endsAt: iso(at(2, '09:00')),
      priceMinor: 150_000,
    });
    expect(trip).toMatchObject({
      title: 'Bandung → Jakarta',
      origin: 'Bandung',
      destination: 'Jakarta',
      busType: 'Executive',
      operatorWhatsapp: '+6281322200150',
    });
  });

  it('names the field of every bad event and creates nothing', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    const bus = await busOperator(api);
    const showtime = {
      kind: 'showtime' as const,
      venueId: venue.id,
      layoutId: layout.id,
      title: 'Gundala',
      startsAt: iso(at(1, '19:00')),
      endsAt: iso(at(1, '21:00')),
      priceMinor: 50_000,
    };
    const trip = {
      kind: 'trip' as const,
      venueId: bus.venue.id,
      layoutId: bus.layout.id,
      origin: 'Bandung',
      destination: 'Jakarta',
      busType: 'Economy' as const,
      operatorWhatsapp: '+6281322200150',
      startsAt: iso(at(1, '06:00')),
      endsAt: iso(at(1, '09:00')),
      priceMinor: 95_000,
    };
    const cases: [unknown, string, string][] = [
      [{ ...showtime, endsAt: showtime.startsAt }, 'BAD_REQUEST', 'endsAt'],
      [{ ...showtime, endsAt: iso(at(-1, '21:00')) }, 'BAD_REQUEST', 'endsAt'],
      [
        { ...showtime, startsAt: iso(at(-1, '19:00')), endsAt: iso(at(-1, '21:00')) },
        'BAD_REQUEST',
        'startsAt',
      ],
      [{ ...showtime, endsAt: iso(at(9, '21:00')) }, 'BAD_REQUEST', 'endsAt'],
      [{ ...showtime, startsAt: '2099-01-01 19:00' }, 'BAD_REQUEST', 'startsAt'],
      [{ ...showtime, title: '  ' }, 'BAD_REQUEST', 'title'],
      [{ ...showtime, priceMinor: -1 }, 'BAD_REQUEST', 'priceMinor'],
      [{ ...showtime, priceMinor: 10.5 }, 'BAD_REQUEST', 'priceMinor'],
      [{ ...showtime, layoutId: bus.layout.id }, 'BAD_REQUEST', 'layoutId'],
      [{ ...showtime, venueId: bus.venue.id, layoutId: bus.layout.id }, 'BAD_REQUEST', 'kind'],
      [{ ...trip, venueId: venue.id, layoutId: layout.id }, 'BAD_REQUEST', 'kind'],
      [{ ...trip, destination: ' bandung ' }, 'BAD_REQUEST', 'destination'],
      [{ ...trip, busType: 'Luxury' }, 'BAD_REQUEST', 'busType'],
      [{ ...trip, operatorWhatsapp: '12345' }, 'BAD_REQUEST', 'operatorWhatsapp'],
      [{ ...trip, origin: undefined }, 'BAD_REQUEST', 'origin'],
      [{ ...showtime, venueId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
    ];
    for (const [input, code, field] of cases) {
      const error = await rejectionOf(api.admin.events.create(input as typeof showtime));
      expect({ input, code: error.code, field: error.field ?? '' }).toEqual({ input, code, field });
    }
    const kindless = await rejectionOf(api.admin.events.create({ ...showtime, kind: 'concert' } as never));
    expect(kindless).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'kind',
      message: 'kind: Choose the kind: showtime or trip',
    });
    expect(await database.db.selectFrom('events').selectAll().execute()).toEqual([]);
  });

  it('two events on one layout may not overlap: the database decides, even for simultaneous requests', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    const first = await scheduleShowtime(api, { venueId: venue.id, layoutId: layout.id, timeZone: TZ });
    const overlapping = await rejectionOf(
      api.admin.events.create({
        kind: 'showtime',
        venueId: venue.id,
        layoutId: layout.id,
        title: 'Dilan 1990',
        startsAt: iso(minutesAfter(new Date(first.endsAt), -1)),
        endsAt: iso(minutesAfter(new Date(first.endsAt), 120)),
        priceMinor: 50_000,
      }),
    );
    expect(overlapping).toMatchObject({
      code: 'CONFLICT',
      field: 'startsAt',
      message: 'Another event is already scheduled on this layout at that time',
    });
    // Back to back is fine: the period ends where the next begins.
    await api.admin.events.create({
      kind: 'showtime',
      venueId: venue.id,
      layoutId: layout.id,
      title: 'Dilan 1990',
      startsAt: first.endsAt,
      endsAt: iso(minutesAfter(new Date(first.endsAt), 120)),
      priceMinor: 50_000,
    });

    const slot = { startsAt: iso(at(3, '12:00')), endsAt: iso(at(3, '14:00')) };
    const attempts = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        api.admin.events.create({
          kind: 'showtime',
          venueId: venue.id,
          layoutId: layout.id,
          title: `Film ${i}`,
          ...slot,
          priceMinor: 50_000,
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const attempt of attempts.filter((a) => a.status === 'rejected')) {
      expect((attempt as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    }
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM events WHERE starts_at = ${new Date(slot.startsAt)}
    `.execute(database.db);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('admin.events.update', () => {
  it('changes title and price even with bookings, but will not move an event that has them', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    const event = await scheduleShowtime(api, { venueId: venue.id, layoutId: layout.id, timeZone: TZ });
    const other = await scheduleShowtime(api, {
      venueId: venue.id,
      layoutId: layout.id,
      timeZone: TZ,
      days: 2,
    });

    // No bookings yet: it moves, but not onto another event.
    const moved = await api.admin.events.update({
      id: event.id,
      startsAt: iso(at(1, '18:00')),
      endsAt: iso(at(1, '20:00')),
    });
    expect(moved.startsAt).toBe(iso(at(1, '18:00')));
    expect(
      await rejectionOf(
        api.admin.events.update({ id: event.id, startsAt: other.startsAt, endsAt: other.endsAt }),
      ),
    ).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(
      await rejectionOf(api.admin.events.update({ id: event.id, endsAt: iso(at(1, '17:00')) })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'endsAt' });
    expect(await rejectionOf(api.admin.events.update({ id: event.id, origin: 'Bandung' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'origin',
    });

    await insertSeatBooking(database, {
      venueId: venue.id,
      eventId: event.id,
      start: new Date(moved.startsAt),
      end: new Date(moved.endsAt),
      seatIds: [layout.seats[0]!.id],
      status: 'HELD',
    });
    const renamed = await api.admin.events.update({ id: event.id, title: 'Agak Laen 2', priceMinor: 55_000 });
    expect(renamed).toMatchObject({ title: 'Agak Laen 2', priceMinor: 55_000, startsAt: moved.startsAt });
    expect(
      await rejectionOf(api.admin.events.update({ id: event.id, startsAt: iso(at(1, '17:00')) })),
    ).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    // The same times are no move.
    await api.admin.events.update({ id: event.id, startsAt: moved.startsAt, title: 'Agak Laen' });

    const listed = await api.admin.events.list({ venueId: venue.id });
    expect(listed.total).toBe(2);
    expect(listed.items.map((e) => [e.title, e.activeBookingCount, e.layoutName])).toEqual([
      ['Agak Laen', 1, 'Studio 1'],
      ['Agak Laen', 0, 'Studio 1'],
    ]);
  });
});

describe('admin.events.cancel', () => {
  it('cancels the event, its bookings and holds in one go, frees and announces the seats, and queues one refund job per paid booking', async () => {
    const { api, user } = await signedIn(database, testApi, 'admin');
    const { venue, layout } = await cinemaWithHall(database, api);
    const event = await scheduleShowtime(api, { venueId: venue.id, layoutId: layout.id, timeZone: TZ });
    const period = {
      venueId: venue.id,
      eventId: event.id,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
    };
    const [a1, a2, a3, a4, a5, a6] = layout.seats;
    const paid = await insertSeatBooking(database, {
      ...period,
      seatIds: [a1!.id, a2!.id],
      status: 'CONFIRMED',
      paid: { provider: 'card', amountMinor: 100_000 },
    });
    const offline = await insertSeatBooking(database, {
      ...period,
      seatIds: [a3!.id],
      status: 'CONFIRMED',
      paid: { provider: 'offline', amountMinor: 50_000 },
    });
    const hold = await insertSeatBooking(database, { ...period, seatIds: [a4!.id, a5!.id], status: 'HELD' });
    const earlier = await insertSeatBooking(database, { ...period, seatIds: [a6!.id], status: 'CANCELLED' });

    const result = await api.admin.events.cancel({ id: event.id, reason: ' Proyektor rusak ' });
    expect(result).toMatchObject({
      id: event.id,
      status: 'cancelled',
      cancelledBookings: 2,
      releasedHolds: 1,
      seatsFreed: 5,
      refundsQueued: 2,
    });

    const stored = await database.db
      .selectFrom('events')
      .select(['status', 'cancel_reason', 'cancelled_at'])
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'cancelled', cancel_reason: 'Proyektor rusak' });
    expect(stored.cancelled_at?.toISOString()).toBe(result.cancelledAt);

    const bookings = await database.db
      .selectFrom('bookings')
      .select(['id', 'status', 'cancel_reason', 'cancel_description', 'payment_status'])
      .where('event_id', '=', event.id)
      .execute();
    const byId = new Map(bookings.map((b) => [b.id, b]));
    for (const id of [paid.id, offline.id, hold.id]) {
      expect(byId.get(id)).toMatchObject({
        status: 'CANCELLED',
        cancel_reason: 'VENUE_CANCELLED',
        cancel_description: 'Proyektor rusak',
      });
    }
    expect(byId.get(paid.id)!.payment_status).toBe('REFUND_PENDING');
    expect(byId.get(offline.id)!.payment_status).toBe('REFUND_PENDING');
    expect(byId.get(hold.id)!.payment_status).toBe('UNPAID');
    expect(byId.get(earlier.id)).toMatchObject({ status: 'CANCELLED', cancel_reason: 'CUSTOMER_REQUEST' });

    // Through the lifecycle: history names the admin; no seat of the event is held any more.
    expect((await historyRows(database, paid.id)).slice(-2)).toMatchObject([
      { actorUserId: user.id, from: 'CONFIRMED', to: 'CANCELLED', note: 'VENUE_CANCELLED: Proyektor rusak' },
      {
        actorUserId: user.id,
        from: 'CANCELLED',
        to: 'CANCELLED',
        note: expect.stringMatching(/^refund of IDR \d+ queued$/),
      },
    ]);
    expect((await historyRows(database, hold.id)).at(-1)).toMatchObject({ from: 'HELD', to: 'CANCELLED' });
    const active = await database.db
      .selectFrom('booking_items')
      .innerJoin('bookings', 'bookings.id', 'booking_items.booking_id')
      .select('booking_items.id')
      .where('bookings.event_id', '=', event.id)
      .where('booking_items.active', '=', true)
      .execute();
    expect(active).toEqual([]);

    // Every seat-map viewer hears that the seats are free.
    const changes = await database.db
      .selectFrom('change_feed')
      .select('payload')
      .where('topic', '=', `event:${event.id}:seats`)
      .execute();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.payload).toMatchObject({ status: 'available' });
    expect([...(changes[0]!.payload.seatIds as string[])].sort()).toEqual(
      [a1, a2, a3, a4, a5].map((s) => s!.id).sort(),
    );

    // One refund job per payment, named by it, committed with the cancellation.
    const payments = await database.db
      .selectFrom('payments')
      .select(['id', 'status'])
      .where('booking_id', 'in', [paid.id, offline.id])
      .execute();
    expect(payments.map((p) => p.status)).toEqual(['REFUND_PENDING', 'REFUND_PENDING']);
    const { rows: jobs } = await sql<{ key: string; state: string; data: { paymentId: string } }>`
      SELECT singleton_key AS key, state, data FROM pgboss.job WHERE name = ${REFUND_QUEUE}
    `.execute(database.db);
    expect(jobs.map((j) => j.key).sort()).toEqual(payments.map((p) => p.id).sort());
    for (const job of jobs) expect(job).toMatchObject({ state: 'created', data: { paymentId: job.key } });

    expect(await api.admin.events.refundProgress({ eventId: event.id })).toMatchObject({
      eventStatus: 'cancelled',
      total: 2,
      refunded: 0,
      pending: 2,
      failed: 0,
      totalMinor: 150_000,
    });

    // Once is enough; the freed slot can take a new event.
    expect(await rejectionOf(api.admin.events.cancel({ id: event.id, reason: 'again' }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await rejectionOf(api.admin.events.update({ id: event.id, title: 'x' }))).toMatchObject({
      code: 'CONFLICT',
    });
    await scheduleShowtime(api, { venueId: venue.id, layoutId: layout.id, timeZone: TZ });
  });

  it('without the refund queue nothing is cancelled: the job must exist if and only if the change commits', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    const event = await scheduleShowtime(api, { venueId: venue.id, layoutId: layout.id, timeZone: TZ });
    const paid = await insertSeatBooking(database, {
      venueId: venue.id,
      eventId: event.id,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      seatIds: [layout.seats[0]!.id],
      status: 'CONFIRMED',
      paid: { provider: 'card', amountMinor: 50_000 },
    });
    const boss = new PgBoss({ connectionString: database.url, max: 1, supervise: false, schedule: false });
    await boss.start();
    try {
      // Jobs of the test before would keep the queue.
      await sql`DELETE FROM pgboss.job WHERE name = ${REFUND_QUEUE}`.execute(database.db);
      await boss.deleteQueue(REFUND_QUEUE);
      expect((await rejectionOf(api.admin.events.cancel({ id: event.id, reason: 'Banjir' }))).code).toBe(
        'INTERNAL_SERVER_ERROR',
      );
    } finally {
      await boss.stop({ graceful: false });
      await ensureJobQueues({ db: database.db, url: database.url });
    }
    const after = await database.db
      .selectFrom('bookings')
      .innerJoin('events', 'events.id', 'bookings.event_id')
      .innerJoin('payments', 'payments.booking_id', 'bookings.id')
      .select(['events.status as eventStatus', 'bookings.status', 'payments.status as paymentStatus'])
      .where('bookings.id', '=', paid.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ eventStatus: 'scheduled', status: 'CONFIRMED', paymentStatus: 'SUCCEEDED' });
    expect(await api.admin.events.cancel({ id: event.id, reason: 'Banjir' })).toMatchObject({
      refundsQueued: 1,
    });
  });

  it('refuses unknown and past events; staff and customers are FORBIDDEN from every admin event procedure', async () => {
    const api = await admin();
    const { venue, layout } = await cinemaWithHall(database, api);
    expect(
      (
        await rejectionOf(
          api.admin.events.cancel({ id: '00000000-0000-4000-8000-000000000000', reason: 'x' }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const past = await database.db
      .insertInto('events')
      .values({
        venue_id: venue.id,
        layout_id: layout.id,
        kind: 'showtime',
        title: 'Kemarin',
        starts_at: at(-1, '19:00'),
        ends_at: at(-1, '21:00'),
        price_minor: 50_000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await rejectionOf(api.admin.events.cancel({ id: past.id, reason: 'x' }))).code).toBe('CONFLICT');
    expect((await rejectionOf(api.admin.events.cancel({ id: past.id, reason: ' ' }))).field).toBe('reason');

    for (const role of ['staff', 'customer'] as const) {
      const { api: other } = await signedIn(database, testApi, role);
      const calls = [
        () =>
          other.admin.events.create({
            kind: 'showtime',
            venueId: venue.id,
            layoutId: layout.id,
            title: 'x',
            startsAt: iso(at(1, '10:00')),
            endsAt: iso(at(1, '12:00')),
            priceMinor: 1,
          }),
        () => other.admin.events.update({ id: past.id, title: 'x' }),
        () => other.admin.events.cancel({ id: past.id, reason: 'x' }),
        () => other.admin.events.refundProgress({ eventId: past.id }),
        () => other.admin.events.retryRefunds({ eventId: past.id }),
        () => other.admin.events.list(),
      ];
      for (const call of calls) expect((await rejectionOf(call())).code).toBe('FORBIDDEN');
    }
    expect((await rejectionOf(testApi.client().api.admin.events.list())).code).toBe('UNAUTHORIZED');
  });
});
