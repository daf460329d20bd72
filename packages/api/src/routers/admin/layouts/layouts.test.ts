import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { insertVenue } from '../../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../../testing.js';
import { signedIn } from '../../staff/fixtures.js';
import { insertSeatBooking, scheduleShowtime } from '../events/fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const admin = async () => (await signedIn(database, testApi, 'admin')).api;
type Api = Awaited<ReturnType<typeof admin>>;

const REGULAR = { name: 'Regular', priceMinor: 50_000 };
const PREMIUM = { name: 'Premium', priceMinor: 75_000 };

const seatRows = (layoutId: string) =>
  database.db
    .selectFrom('resources')
    .select([
      'id',
      'kind',
      'label',
      'area',
      'price_minor as price',
      'status',
      'pos_row as row',
      'pos_col as col',
    ])
    .where('layout_id', '=', layoutId)
    .orderBy('sort_order')
    .execute();

async function hall(api: Api, slug = 'bioskop') {
  const venue = await insertVenue(database, { kind: 'cinema', slug });
  const layout = await api.admin.layouts.create({
    venueId: venue.id,
    name: 'Studio 1',
    kind: 'hall',
    rows: 4,
    cols: 7,
    aisleCols: [3],
    frontLabel: 'LAYAR',
    blocked: ['a1'],
    seatClasses: [REGULAR, PREMIUM],
    rowClasses: { '3': 'Premium' },
  });
  return { venue, layout };
}

describe('admin.layouts', () => {
  it('creates a hall and all its seats in one go, and gives the grid back as it was described', async () => {
    const api = await admin();
    const { venue, layout } = await hall(api);
    expect(layout).toMatchObject({
      venueId: venue.id,
      name: 'Studio 1',
      kind: 'hall',
      rows: 4,
      cols: 7,
      frontLabel: 'LAYAR',
      seatClasses: [REGULAR, PREMIUM],
      aisleCols: [3],
      aisleRows: [],
      rowClasses: { '0': 'Regular', '1': 'Regular', '2': 'Regular', '3': 'Premium' },
      blocked: ['A1'],
      seatCount: 24,
      eventCount: 0,
    });
    expect(layout.seats.slice(0, 7).map((s) => s.label)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'B1']);
    const rows = await seatRows(layout.id);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({
      kind: 'seat',
      label: 'A1',
      area: 'Regular',
      price: 50_000,
      status: 'blocked',
      row: 0,
      col: 0,
    });
    expect(rows.find((r) => r.label === 'A4')).toMatchObject({ row: 0, col: 4, status: 'available' });
    expect(rows.find((r) => r.label === 'D6')).toMatchObject({
      area: 'Premium',
      price: 75_000,
      row: 3,
      col: 6,
    });

    expect(await api.admin.layouts.get({ id: layout.id })).toEqual(layout);
    const listed = await api.admin.layouts.list({ venueId: venue.id });
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: layout.id,
      venueName: 'bioskop',
      seatCount: 24,
      blockedCount: 1,
      eventCount: 0,
    });
    expect(listed[0]).not.toHaveProperty('seats');
    // The public venue page counts the new layout's seats.
    expect((await testApi.client().api.venues.get({ id: venue.id })).layouts).toEqual([
      { id: layout.id, name: 'Studio 1', kind: 'hall', rows: 4, cols: 7, seatCount: 24 },
    ]);
  });

  it('labels bus seats by row number and seat letter, and coworking desks D1…', async () => {
    const api = await admin();
    const bus = await insertVenue(database, { kind: 'bus', slug: 'priangan' });
    const executive = await api.admin.layouts.create({
      venueId: bus.id,
      name: 'Executive 2-1',
      kind: 'bus',
      rows: 3,
      cols: 4,
      aisleCols: [2],
      frontLabel: 'SOPIR',
      seatClasses: [{ name: 'Executive', priceMinor: 0 }],
    });
    expect(executive.seats.map((s) => s.label)).toEqual([
      '1A',
      '1B',
      '1C',
      '2A',
      '2B',
      '2C',
      '3A',
      '3B',
      '3C',
    ]);
    const cowork = await insertVenue(database, { kind: 'coworking', slug: 'dago' });
    const floor = await api.admin.layouts.create({
      venueId: cowork.id,
      name: 'Lantai 1',
      kind: 'floor',
      rows: 2,
      cols: 2,
      seatClasses: [{ name: 'Window', priceMinor: 35_000 }],
    });
    expect(floor.seats.map((s) => s.label)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect((await seatRows(floor.id)).map((r) => r.kind)).toEqual(['desk', 'desk', 'desk', 'desk']);
  });

  it('names the field of every bad layout and creates nothing', async () => {
    const api = await admin();
    const cinema = await insertVenue(database, { kind: 'cinema', slug: 'bioskop' });
    const restaurant = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    const good = {
      venueId: cinema.id,
      name: 'Studio 1',
      kind: 'hall' as const,
      rows: 5,
      cols: 5,
      seatClasses: [REGULAR],
    };
    const cases: [unknown, string, string][] = [
      [{ ...good, rows: 51 }, 'BAD_REQUEST', 'rows'],
      [{ ...good, cols: 0 }, 'BAD_REQUEST', 'cols'],
      [{ ...good, name: ' ' }, 'BAD_REQUEST', 'name'],
      [{ ...good, kind: 'bus' }, 'BAD_REQUEST', 'kind'],
      [{ ...good, kind: 'stage' }, 'BAD_REQUEST', 'kind'],
      [{ ...good, venueId: restaurant.id }, 'BAD_REQUEST', 'venueId'],
      [{ ...good, aisleCols: [5] }, 'BAD_REQUEST', 'aisleCols'],
      [{ ...good, aisleRows: [-1] }, 'BAD_REQUEST', 'aisleRows.0'],
      [{ ...good, aisleCols: [0, 1, 2, 3, 4] }, 'BAD_REQUEST', 'aisleCols'],
      [{ ...good, blocked: ['Z99'] }, 'BAD_REQUEST', 'blocked'],
      [{ ...good, seatClasses: [] }, 'BAD_REQUEST', 'seatClasses'],
      [{ ...good, seatClasses: [REGULAR, REGULAR] }, 'BAD_REQUEST', 'seatClasses'],
      [
        { ...good, seatClasses: [{ name: 'Regular', priceMinor: -5 }] },
        'BAD_REQUEST',
        'seatClasses.0.priceMinor',
      ],
      [{ ...good, rowClasses: { '2': 'VIP' } }, 'BAD_REQUEST', 'rowClasses.2'],
      [{ ...good, rowClasses: { '9': 'Regular' } }, 'BAD_REQUEST', 'rowClasses.9'],
      [{ ...good, rowClasses: { top: 'Regular' } }, 'BAD_REQUEST', 'rowClasses.top'],
      [{ ...good, venueId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
    ];
    for (const [input, code, field] of cases) {
      const error = await rejectionOf(api.admin.layouts.create(input as typeof good));
      expect({ input, code: error.code, field: error.field ?? '' }).toEqual({ input, code, field });
    }
    expect(await database.db.selectFrom('layouts').selectAll().execute()).toEqual([]);
    expect(await database.db.selectFrom('resources').selectAll().execute()).toEqual([]);

    await api.admin.layouts.create(good);
    expect(await rejectionOf(api.admin.layouts.create(good))).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
      message: 'This venue already has a layout with this name',
    });
  });

  it('remakes the seats for a new grid only while no event uses the layout; blocking and class prices always change', async () => {
    const api = await admin();
    const { venue, layout } = await hall(api);

    // No events yet: a new grid makes new seats.
    const wider = await api.admin.layouts.update({ id: layout.id, cols: 9, aisleCols: [4], rowClasses: {} });
    expect(wider).toMatchObject({ cols: 9, seatCount: 32, aisleCols: [4], blocked: ['A1'] });
    expect(wider.seats.every((s) => s.seatClass === 'Regular')).toBe(true);
    expect(new Set(wider.seats.map((s) => s.id)).has(layout.seats[1]!.id)).toBe(false);

    const event = await scheduleShowtime(api, {
      venueId: venue.id,
      layoutId: layout.id,
      timeZone: venue.timeZone,
    });
    const seatIds = wider.seats.map((s) => s.id);

    const conflict = await rejectionOf(api.admin.layouts.update({ id: layout.id, rows: 5 }));
    expect(conflict).toMatchObject({ code: 'CONFLICT', field: 'rows' });
    expect(conflict.message).toMatch(/has events.*new layout/);
    // Describing the same grid again is no change.
    const same = await api.admin.layouts.update({
      id: layout.id,
      rows: 4,
      cols: 9,
      aisleCols: [4],
      name: 'Studio Satu',
    });
    expect(same.seats.map((s) => s.id)).toEqual(seatIds);

    const repriced = await api.admin.layouts.update({
      id: layout.id,
      seatClasses: [{ name: 'Regular', priceMinor: 55_000 }, PREMIUM],
      blocked: ['B2', 'c3'],
      frontLabel: 'SCREEN',
    });
    expect(repriced).toMatchObject({
      name: 'Studio Satu',
      frontLabel: 'SCREEN',
      blocked: ['B2', 'C3'],
      seatClasses: [{ name: 'Regular', priceMinor: 55_000 }, PREMIUM],
      eventCount: 1,
    });
    expect(repriced.seats.map((s) => s.id)).toEqual(seatIds);
    expect(repriced.seats.every((s) => s.priceMinor === 55_000)).toBe(true);
    expect(repriced.seats.filter((s) => s.status === 'blocked').map((s) => s.label)).toEqual(['B2', 'C3']);

    expect(
      await rejectionOf(api.admin.layouts.update({ id: layout.id, seatClasses: [PREMIUM] })),
    ).toMatchObject({ code: 'BAD_REQUEST', field: 'seatClasses' });
    expect(await rejectionOf(api.admin.layouts.update({ id: layout.id, blocked: ['Q1'] }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'blocked',
    });

    // A held seat does not stop blocking others.
    await insertSeatBooking(database, {
      venueId: venue.id,
      eventId: event.id,
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      seatIds: [seatIds[5]!],
      status: 'HELD',
    });
    expect((await api.admin.layouts.update({ id: layout.id, blocked: [] })).blocked).toEqual([]);

    expect(await rejectionOf(api.admin.layouts.delete({ id: layout.id }))).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await api.admin.layouts.get({ id: layout.id })).toMatchObject({ seatCount: 32 });
  });

  it('deletes a layout nobody uses, with its seats; staff and customers are FORBIDDEN', async () => {
    const api = await admin();
    const { layout } = await hall(api);
    for (const role of ['staff', 'customer'] as const) {
      const { api: other } = await signedIn(database, testApi, role);
      for (const call of [
        () => other.admin.layouts.list(),
        () => other.admin.layouts.get({ id: layout.id }),
        () => other.admin.layouts.update({ id: layout.id, name: 'x' }),
        () => other.admin.layouts.delete({ id: layout.id }),
      ]) {
        expect((await rejectionOf(call())).code).toBe('FORBIDDEN');
      }
    }
    expect(await api.admin.layouts.delete({ id: layout.id })).toEqual({ id: layout.id, deleted: true });
    expect(await seatRows(layout.id)).toEqual([]);
    expect((await rejectionOf(api.admin.layouts.get({ id: layout.id }))).code).toBe('NOT_FOUND');
  });
});
