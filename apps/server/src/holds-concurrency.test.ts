import { insertVenue } from '@reserva/api/testing';
import { type TestDatabase, useTestDatabase } from '@reserva/db/testing';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from './testing.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

/** A cinema hall of rows × cols seats (A1, A2, …) and one showtime tomorrow on it. */
async function hallWithShowtime(db: TestDatabase, slug: string, rows: number, cols: number) {
  const venue = await insertVenue(db, { kind: 'cinema', slug });
  const layout = await db.db
    .insertInto('layouts')
    .values({ venue_id: venue.id, name: 'Studio 1', kind: 'hall', rows, cols, seat_classes: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seats = await db.db
    .insertInto('resources')
    .values(
      Array.from({ length: rows * cols }, (_, index) => ({
        venue_id: venue.id,
        layout_id: layout.id,
        kind: 'seat' as const,
        label: `${String.fromCharCode(65 + Math.floor(index / cols))}${(index % cols) + 1}`,
        pos_row: Math.floor(index / cols),
        pos_col: index % cols,
      })),
    )
    .returning(['id', 'label'])
    .execute();
  const startsAt = new Date(Date.now() + 24 * 3_600_000);
  const event = await db.db
    .insertInto('events')
    .values({
      venue_id: venue.id,
      layout_id: layout.id,
      kind: 'showtime',
      title: 'Agak Laen',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
      price_minor: 50_000,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { eventId: event.id, seats };
}

interface Outcome {
  status: number;
  code?: string;
  message?: string;
  field?: string | null;
  holdId?: string;
  cookie: string | null;
}

async function holdOverHttp(eventId: string, seatIds: string[]): Promise<Outcome> {
  const response = await fetch(`${server.url}/trpc/holds.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ eventId, seatIds }),
  });
  const body = (await response.json()) as {
    result?: { data: { holdId: string } };
    error?: { message: string; data: { code: string; field: string | null } };
  };
  return {
    status: response.status,
    code: body.error?.data.code,
    message: body.error?.message,
    field: body.error?.data.field,
    holdId: body.result?.data.holdId,
    cookie: response.headers.get('set-cookie'),
  };
}

/** "Seat F7 was just taken" / "Seats F7, F8 were just taken" → the labels. */
const namedSeats = (message: string | undefined) => {
  const match = /^Seats? (.+?) (?:was|were) just taken$/.exec(message ?? '');
  return match ? match[1]!.split(', ') : [];
};

const activeItems = async () =>
  database.db
    .selectFrom('booking_items')
    .innerJoin('bookings', 'bookings.id', 'booking_items.booking_id')
    .innerJoin('resources', 'resources.id', 'booking_items.resource_id')
    .select(['resources.label', 'bookings.id as holdId', 'bookings.status'])
    .where('booking_items.active', '=', true)
    .execute();

describe('holds over HTTP under contention', () => {
  it('200 clients holding the same 2 seats at once: exactly one wins, the rest hear which seats went', async () => {
    const { eventId, seats } = await hallWithShowtime(database, 'ramai', 2, 5);
    const wanted = seats.filter((seat) => seat.label === 'A3' || seat.label === 'A4').map((seat) => seat.id);

    const outcomes = await Promise.all(Array.from({ length: 200 }, () => holdOverHttp(eventId, wanted)));

    const winners = outcomes.filter((outcome) => outcome.status === 200);
    expect(winners).toHaveLength(1);
    expect(winners[0]!.cookie).toMatch(/^reserva_hold=[a-z2-7]+;.*HttpOnly/i);
    const losers = outcomes.filter((outcome) => outcome.status !== 200);
    expect(losers).toHaveLength(199);
    for (const loser of losers) {
      expect(loser).toMatchObject({
        status: 409,
        code: 'CONFLICT',
        message: 'Seats A3, A4 were just taken',
        field: 'seatIds',
        cookie: null,
      });
    }
    const items = await activeItems();
    expect(items).toHaveLength(2);
    expect(new Set(items.map((item) => item.holdId))).toEqual(new Set([winners[0]!.holdId]));
    const bookings = await database.db.selectFrom('bookings').select('status').execute();
    expect(bookings).toEqual([{ status: 'HELD' }]);
  });

  it('100 clients holding random overlapping 1–4-seat sets in a 120-seat hall: no seat is held twice', async () => {
    const { eventId, seats } = await hallWithShowtime(database, 'penuh', 10, 12);
    // A fixed pseudo-random sequence: a failure can be replayed.
    let state = 20_260_101;
    const random = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const requests = Array.from({ length: 100 }, () => {
      const count = 1 + Math.floor(random() * 4);
      const chosen = new Set<(typeof seats)[number]>();
      // Crowd the front rows (48 seats) so sets really overlap.
      while (chosen.size < count) chosen.add(seats[Math.floor(random() * 48)]!);
      return [...chosen];
    });

    const outcomes = await Promise.all(
      requests.map((chosen) =>
        holdOverHttp(
          eventId,
          chosen.map((seat) => seat.id),
        ),
      ),
    );

    const { rows: doubled } = await sql<{ resource_id: string }>`
      SELECT a.resource_id FROM booking_items a
      JOIN booking_items b ON a.resource_id = b.resource_id AND a.id < b.id AND a.period && b.period
      WHERE a.active AND b.active
    `.execute(database.db);
    expect(doubled).toEqual([]);

    const items = await activeItems();
    const holderOf = new Map(items.map((item) => [item.label, item.holdId]));
    const winners = outcomes.filter((outcome) => outcome.status === 200);
    const losers = outcomes.filter((outcome) => outcome.status !== 200);
    expect(winners.length).toBeGreaterThan(0);
    expect(losers.length).toBeGreaterThan(0);
    expect(winners.length + losers.length).toBe(100);

    outcomes.forEach((outcome, index) => {
      const labels = requests[index]!.map((seat) => seat.label);
      if (outcome.status === 200) {
        // A winner holds every seat it asked for, and nobody else does.
        for (const label of labels) expect(holderOf.get(label)).toBe(outcome.holdId);
        return;
      }
      expect(outcome).toMatchObject({ status: 409, code: 'CONFLICT', field: 'seatIds' });
      const named = namedSeats(outcome.message);
      expect(named.length, outcome.message).toBeGreaterThan(0);
      for (const label of named) {
        expect(labels).toContain(label);
        expect(holderOf.has(label), `${label} named as taken but nobody holds it`).toBe(true);
      }
    });
    const heldSeats = new Set(items.map((item) => item.label));
    expect(items).toHaveLength(heldSeats.size);
    expect(await database.db.selectFrom('bookings').select('id').execute()).toHaveLength(winners.length);
  });
});
