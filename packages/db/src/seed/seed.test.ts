import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing.js';
import { DEMO_ACCOUNTS, isDatabaseEmpty, seedDemoData } from './index.js';

const database = await useTestDatabase();
const hashPassword = async (plain: string) => `hashed:${plain}`;
// Monday 4 March 2030, 05:00 in Jakarta: before the first trip of the day.
const NOW = new Date('2030-03-04T05:00:00+07:00');
const NEXT_7_DAYS = [
  '2030-03-04',
  '2030-03-05',
  '2030-03-06',
  '2030-03-07',
  '2030-03-08',
  '2030-03-09',
  '2030-03-10',
];

const seed = () => seedDemoData(database.db, { hashPassword, now: NOW });

async function venueOfKind(kind: 'restaurant' | 'coworking' | 'hotel' | 'cinema' | 'bus') {
  return database.db.selectFrom('venues').selectAll().where('kind', '=', kind).executeTakeFirstOrThrow();
}

async function resourcesOf(venueId: string) {
  return database.db
    .selectFrom('resources')
    .selectAll()
    .where('venue_id', '=', venueId)
    .orderBy('sort_order')
    .execute();
}

/** Events grouped by their Jakarta calendar date, computed by PostgreSQL rather than our helper. */
async function eventsByLocalDate(venueId: string) {
  const rows = await database.db
    .selectFrom('events')
    .innerJoin('layouts', 'layouts.id', 'events.layout_id')
    .select([
      'events.title',
      'events.origin',
      'events.destination',
      'events.bus_type',
      'events.operator_whatsapp',
      'events.price_minor',
      'events.starts_at',
      'events.ends_at',
      'layouts.name as layout',
      sql<string>`to_char(events.starts_at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD')`.as('local_date'),
    ])
    .where('events.venue_id', '=', venueId)
    .orderBy('events.starts_at')
    .execute();
  return groupBy(rows, (row) => row.local_date);
}

// Map.groupBy needs Node 21; we still run on Node 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

describe('seedDemoData', () => {
  it('loads only into an empty database, once', async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);

    const summary = await seed();

    expect(summary).toEqual({ venues: 5, resources: 246, layouts: 4, events: 84, users: 3 });
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    await expect(seed()).rejects.toThrow(/already has venues or users/);
    const { count } = await database.db
      .selectFrom('venues')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(5);
  });

  it('seeds one Indonesian venue of each kind', async () => {
    await seed();
    const venues = await database.db.selectFrom('venues').selectAll().orderBy('kind').execute();

    expect(venues.map((venue) => venue.kind)).toEqual(['bus', 'cinema', 'coworking', 'hotel', 'restaurant']);
    for (const venue of venues) {
      expect(venue).toMatchObject({ time_zone: 'Asia/Jakarta', currency: 'IDR', active: true });
      expect(venue.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(venue.whatsapp).toMatch(/^\+62\d{8,13}$/);
      expect(venue.description.length).toBeGreaterThan(40);
      expect(venue.city).not.toBe('');
      expect(venue.address).not.toBe('');
    }
  });

  it('seeds the restaurant with 12 tables over three areas', async () => {
    await seed();
    const venue = await venueOfKind('restaurant');
    const tables = await resourcesOf(venue.id);

    expect(tables.map((table) => table.label)).toEqual(Array.from({ length: 12 }, (_, i) => `T${i + 1}`));
    expect(new Set(tables.map((table) => table.area))).toEqual(new Set(['Indoor', 'Outdoor', 'VIP']));
    expect(Math.min(...tables.map((table) => table.capacity))).toBe(2);
    expect(Math.max(...tables.map((table) => table.capacity))).toBe(8);
    expect(
      tables.every((table) => table.kind === 'table' && table.pos_row !== null && table.pos_col !== null),
    ).toBe(true);
    expect(venue.settings).toMatchObject({
      openingHours: { open: '11:00', close: '22:00' },
      defaultDurationMinutes: 90,
      graceMinutes: 15,
      depositPerGuestMinor: 50_000,
      autoAssign: true,
    });
    expect(venue.settings.peakWindows?.[0]).toMatchObject({ days: [5, 6, 7], multiplier: 1.25 });
  });

  it('seeds the coworking floor with 24 placed desks', async () => {
    await seed();
    const venue = await venueOfKind('coworking');
    const floor = await database.db
      .selectFrom('layouts')
      .selectAll()
      .where('venue_id', '=', venue.id)
      .executeTakeFirstOrThrow();
    const desks = await resourcesOf(venue.id);

    expect(floor.kind).toBe('floor');
    expect(desks).toHaveLength(24);
    expect(desks.map((desk) => desk.label)).toEqual(Array.from({ length: 24 }, (_, i) => `D${i + 1}`));
    for (const desk of desks) {
      expect(desk).toMatchObject({ kind: 'desk', capacity: 1, layout_id: floor.id });
      expect(desk.pos_row).toBeGreaterThanOrEqual(0);
      expect(desk.pos_row).toBeLessThan(floor.rows);
      expect(desk.pos_col).toBeGreaterThanOrEqual(0);
      expect(desk.pos_col).toBeLessThan(floor.cols);
      expect(desk.price_minor).toBeGreaterThan(0);
    }
    expect(new Set(desks.map((desk) => `${desk.pos_row},${desk.pos_col}`)).size).toBe(24);
    expect(new Set(desks.map((desk) => desk.area))).toEqual(new Set(['Window', 'Collab', 'Quiet']));
    expect(venue.settings.openingHours).toEqual({ open: '08:00', close: '20:00' });
  });

  it('seeds the hotel with 20 rooms of three types, some under maintenance', async () => {
    await seed();
    const venue = await venueOfKind('hotel');
    const rooms = await resourcesOf(venue.id);

    expect(rooms).toHaveLength(20);
    expect(new Set(rooms.map((room) => room.label)).size).toBe(20);
    const byType = groupBy(rooms, (room) => room.area);
    expect([...byType.keys()].sort()).toEqual(['Deluxe', 'Standard', 'Suite']);
    expect(byType.get('Standard')?.every((room) => room.capacity === 2 && room.price_minor === 450_000)).toBe(
      true,
    );
    expect(byType.get('Suite')?.every((room) => room.capacity === 4 && room.price_minor === 1_500_000)).toBe(
      true,
    );
    expect(rooms.filter((room) => room.status === 'maintenance').length).toBeGreaterThanOrEqual(1);
    expect(venue.settings.weekendNightlyMultiplier).toBe(1.2);
  });

  it('seeds the cinema hall and four showtimes on each of the next 7 days', async () => {
    await seed();
    const venue = await venueOfKind('cinema');
    const hall = await database.db
      .selectFrom('layouts')
      .selectAll()
      .where('venue_id', '=', venue.id)
      .executeTakeFirstOrThrow();
    const seats = await resourcesOf(venue.id);

    expect(hall).toMatchObject({ name: 'Studio 1', kind: 'hall', front_label: 'LAYAR' });
    expect(hall.seat_classes).toEqual([
      { name: 'Regular', priceMinor: 50_000 },
      { name: 'Premium', priceMinor: 75_000 },
    ]);
    expect(seats).toHaveLength(120);
    expect(seats.every((seat) => seat.kind === 'seat' && seat.layout_id === hall.id)).toBe(true);
    expect(seats.map((seat) => seat.label)).toContain('F7');
    // The aisle: one grid column holds no seat at all.
    const usedCols = new Set(seats.map((seat) => seat.pos_col));
    expect(usedCols.size).toBe(hall.cols - 1);
    const premium = seats.filter((seat) => seat.area === 'Premium');
    expect(premium.length).toBeGreaterThan(0);
    expect(premium.every((seat) => seat.price_minor === 75_000 && /^[HIJ]/.test(seat.label))).toBe(true);
    expect(venue.settings).toMatchObject({ holdMinutes: 10, maxSeatsPerHold: 4 });

    const showtimes = await eventsByLocalDate(venue.id);
    expect([...showtimes.keys()].slice(0, 7)).toEqual(NEXT_7_DAYS);
    for (const day of NEXT_7_DAYS) expect(showtimes.get(day)).toHaveLength(4);
    const all = [...showtimes.values()].flat();
    expect(all.every((show) => show.starts_at >= NOW && show.ends_at > show.starts_at)).toBe(true);
    expect(all.every((show, i) => i === 0 || show.starts_at >= all[i - 1]!.ends_at)).toBe(true);
  });

  it('seeds two buses and daily trips both ways on each of the next 7 days', async () => {
    await seed();
    const venue = await venueOfKind('bus');
    const layouts = await database.db
      .selectFrom('layouts')
      .leftJoin('resources', 'resources.layout_id', 'layouts.id')
      .select(['layouts.name', 'layouts.kind', 'layouts.front_label'])
      .select((eb) => eb.fn.count<number>('resources.id').as('seats'))
      .where('layouts.venue_id', '=', venue.id)
      .groupBy(['layouts.name', 'layouts.kind', 'layouts.front_label'])
      .orderBy('layouts.name')
      .execute();
    expect(layouts).toEqual([
      { name: 'Economy 2-2', kind: 'bus', front_label: 'SOPIR', seats: 40 },
      { name: 'Executive 2-1', kind: 'bus', front_label: 'SOPIR', seats: 30 },
    ]);
    const seatLabels = (await resourcesOf(venue.id)).map((seat) => seat.label);
    expect(seatLabels).toEqual(expect.arrayContaining(['1A', '1B', '1C', '1D', '10C']));

    const trips = await eventsByLocalDate(venue.id);
    for (const day of NEXT_7_DAYS) {
      const routes = new Set(trips.get(day)?.map((trip) => `${trip.origin} → ${trip.destination}`));
      expect(routes).toEqual(new Set(['Bandung → Jakarta', 'Jakarta → Bandung']));
    }
    for (const trip of [...trips.values()].flat()) {
      expect(trip.title).toBe(`${trip.origin} → ${trip.destination}`);
      expect(trip.layout.startsWith(trip.bus_type ?? '-')).toBe(true);
      expect(trip.operator_whatsapp).toMatch(/^\+62\d+$/);
      expect(trip.price_minor).toBe(trip.bus_type === 'Executive' ? 150_000 : 95_000);
    }
    expect(venue.settings).toMatchObject({ holdMinutes: 10, maxSeatsPerHold: 4 });
  });

  it('creates the three demo accounts with hashed passwords only', async () => {
    await seed();
    const users = await database.db.selectFrom('users').selectAll().orderBy('email').execute();

    expect(users.map(({ email, role }) => ({ email, role }))).toEqual([
      { email: 'admin@reserva.test', role: 'admin' },
      { email: 'customer@reserva.test', role: 'customer' },
      { email: 'staff@reserva.test', role: 'staff' },
    ]);
    for (const account of DEMO_ACCOUNTS) {
      const user = users.find((u) => u.email === account.email)!;
      expect(user.password_hash).toBe(`hashed:${account.password}`);
      expect(user.phone).toMatch(/^\+62\d{8,13}$/);
      expect(user.name).toBe(account.name);
    }
  });

  it('schedules a full week whatever the hour it runs', async () => {
    // At 23:30 today's showtimes are over; the week must still be full, ending 23:30 in 7 days.
    const lateNow = new Date('2030-03-04T23:30:00+07:00');
    await seedDemoData(database.db, { hashPassword, now: lateNow });
    const venue = await venueOfKind('cinema');
    const shows = [...(await eventsByLocalDate(venue.id)).values()].flat();

    expect(shows).toHaveLength(28);
    expect(shows[0]!.starts_at.getTime()).toBeGreaterThanOrEqual(lateNow.getTime());
    expect(shows.at(-1)!.starts_at.getTime()).toBeLessThan(lateNow.getTime() + 7 * 24 * 60 * 60_000);
  });
});
