import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { insertVenue } from '../../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../../testing.js';
import { insertBooking, minutesLater, signedIn } from '../../staff/fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const admin = async () => (await signedIn(database, testApi, 'admin')).api;

describe('admin.venues', () => {
  it('creates, lists and updates venues; settings merge; a taken slug is CONFLICT on slug', async () => {
    const api = await admin();
    const created = await api.admin.venues.create({
      slug: 'warung-sunda',
      kind: 'restaurant',
      name: ' Warung Sunda ',
      city: 'Bandung',
      whatsapp: '0812 2111 0099',
      settings: { graceMinutes: 20, openingHours: { open: '10:00', close: '22:00' } },
    });
    expect(created).toMatchObject({
      slug: 'warung-sunda',
      kind: 'restaurant',
      name: 'Warung Sunda',
      city: 'Bandung',
      timeZone: 'Asia/Jakarta',
      currency: 'IDR',
      whatsapp: '+6281221110099',
      active: true,
      resourceCount: 0,
      layoutCount: 0,
      upcomingEventCount: 0,
    });
    expect(created.settings).toMatchObject({
      graceMinutes: 20,
      holdMinutes: 10,
      openingHours: { open: '10:00' },
    });

    const updated = await api.admin.venues.update({
      id: created.id,
      name: 'Warung Sunda Braga',
      settings: { depositPerGuestMinor: 25_000 },
      active: false,
    });
    // Settings not given keep their value.
    expect(updated.settings).toMatchObject({ graceMinutes: 20, depositPerGuestMinor: 25_000 });
    expect(updated).toMatchObject({ name: 'Warung Sunda Braga', active: false });
    // Inactive venues leave the public list but stay in the admin's.
    expect(await testApi.client().api.venues.list()).toEqual([]);
    expect((await api.admin.venues.list()).map((v) => v.slug)).toEqual(['warung-sunda']);
    expect(await api.admin.venues.list({ includeInactive: false })).toEqual([]);

    await api.admin.venues.create({ slug: 'ruang-kerja', kind: 'coworking', name: 'Ruang Kerja' });
    expect(
      await rejectionOf(api.admin.venues.create({ slug: 'ruang-kerja', kind: 'hotel', name: 'Hotel' })),
    ).toMatchObject({ code: 'CONFLICT', field: 'slug', message: 'Another venue already uses this slug' });
    expect(await rejectionOf(api.admin.venues.update({ id: created.id, slug: 'ruang-kerja' }))).toMatchObject(
      {
        code: 'CONFLICT',
        field: 'slug',
      },
    );
  });

  it('names the field of every bad venue', async () => {
    const api = await admin();
    const good = { slug: 'hotel-dago', kind: 'hotel' as const, name: 'Hotel Dago' };
    const cases: [unknown, string][] = [
      [{ ...good, slug: 'Hotel Dago' }, 'slug'],
      [{ ...good, kind: 'spa' }, 'kind'],
      [{ ...good, name: '' }, 'name'],
      [{ ...good, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ ...good, currency: 'rupiah' }, 'currency'],
      [{ ...good, whatsapp: '12' }, 'whatsapp'],
      [{ ...good, imageUrl: 'not a url' }, 'imageUrl'],
      [{ ...good, settings: { holdMinutes: 0 } }, 'settings.holdMinutes'],
      [{ ...good, settings: { checkInTime: '25:00' } }, 'settings.checkInTime'],
      [{ ...good, settings: { colour: 'red' } }, 'settings'],
      [{ ...good, settings: { minNights: 5, maxNights: 2 } }, 'settings.minNights'],
    ];
    for (const [input, field] of cases) {
      const error = await rejectionOf(api.admin.venues.create(input as typeof good));
      expect({ input, code: error.code, field: error.field }).toEqual({ input, code: 'BAD_REQUEST', field });
    }
    expect(await database.db.selectFrom('venues').selectAll().execute()).toEqual([]);
  });
});

describe('admin.resources', () => {
  it('creates tables, desks and rooms by venue kind; labels are unique per venue (CONFLICT on label)', async () => {
    const api = await admin();
    const restaurant = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    const hotel = await insertVenue(database, { kind: 'hotel', slug: 'hotel' });
    const cinema = await insertVenue(database, { kind: 'cinema', slug: 'bioskop' });

    const t1 = await api.admin.resources.create({
      venueId: restaurant.id,
      label: 'T1',
      capacity: 4,
      area: 'Teras',
    });
    const t2 = await api.admin.resources.create({ venueId: restaurant.id, label: 'T2', capacity: 2 });
    expect(t1).toMatchObject({
      kind: 'table',
      label: 'T1',
      capacity: 4,
      area: 'Teras',
      priceMinor: 0,
      status: 'available',
      layoutId: null,
      upcomingBookingCount: 0,
    });
    const room = await api.admin.resources.create({
      venueId: hotel.id,
      label: '101',
      capacity: 2,
      area: 'Deluxe',
      priceMinor: 850_000,
      status: 'maintenance',
    });
    expect(room).toMatchObject({ kind: 'room', area: 'Deluxe', priceMinor: 850_000, status: 'maintenance' });

    expect(
      await rejectionOf(api.admin.resources.create({ venueId: restaurant.id, label: 'T1' })),
    ).toMatchObject({
      code: 'CONFLICT',
      field: 'label',
    });
    // Another venue may use the same label.
    await api.admin.resources.create({ venueId: hotel.id, label: 'T1' });
    expect(await rejectionOf(api.admin.resources.update({ id: t2.id, label: 'T1' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'label',
    });
    expect(await rejectionOf(api.admin.resources.create({ venueId: cinema.id, label: 'A1' }))).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'venueId',
    });
    for (const [input, field] of [
      [{ venueId: restaurant.id, label: '' }, 'label'],
      [{ venueId: restaurant.id, label: 'T9', capacity: 0 }, 'capacity'],
      [{ venueId: restaurant.id, label: 'T9', priceMinor: -1 }, 'priceMinor'],
      [{ venueId: restaurant.id, label: 'T9', status: 'blocked' }, 'status'],
    ] as const) {
      expect((await rejectionOf(api.admin.resources.create(input as never))).field).toBe(field);
    }

    const listed = await api.admin.resources.list({ venueId: restaurant.id });
    expect(listed.map((r) => r.label)).toEqual(['T1', 'T2']);
    expect(
      (await api.admin.resources.list({ venueId: restaurant.id, q: 'teras' })).map((r) => r.label),
    ).toEqual(['T1']);
    const changed = await api.admin.resources.update({
      id: t2.id,
      capacity: 6,
      area: 'Dalam',
      priceMinor: 10_000,
    });
    expect(changed).toMatchObject({ capacity: 6, area: 'Dalam', priceMinor: 10_000, label: 'T2' });
  });

  it('a place with bookings to come cannot be deleted but can go to maintenance; a never-booked one is deleted', async () => {
    const api = await admin();
    const restaurant = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    const booked = await api.admin.resources.create({ venueId: restaurant.id, label: 'T1', capacity: 4 });
    const pastOnly = await api.admin.resources.create({ venueId: restaurant.id, label: 'T2', capacity: 4 });
    const unused = await api.admin.resources.create({ venueId: restaurant.id, label: 'T3', capacity: 4 });
    const tomorrow = minutesLater(new Date(), 24 * 60);
    await insertBooking(database, {
      venueId: restaurant.id,
      status: 'CONFIRMED',
      start: tomorrow,
      end: minutesLater(tomorrow, 90),
      resourceIds: [booked.id],
    });
    const lastWeek = minutesLater(new Date(), -7 * 24 * 60);
    await insertBooking(database, {
      venueId: restaurant.id,
      status: 'COMPLETED',
      start: lastWeek,
      end: minutesLater(lastWeek, 90),
      resourceIds: [pastOnly.id],
    });

    expect(
      (await api.admin.resources.list({ venueId: restaurant.id })).map((r) => r.upcomingBookingCount),
    ).toEqual([1, 0, 0]);
    const refused = await rejectionOf(api.admin.resources.delete({ id: booked.id }));
    expect(refused).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(refused.message).toMatch(/upcoming bookings.*maintenance/);
    expect(await api.admin.resources.update({ id: booked.id, status: 'maintenance' })).toMatchObject({
      status: 'maintenance',
      upcomingBookingCount: 1,
    });
    expect((await rejectionOf(api.admin.resources.delete({ id: pastOnly.id }))).code).toBe('CONFLICT');
    expect(await api.admin.resources.delete({ id: unused.id })).toEqual({ id: unused.id, deleted: true });
    expect((await api.admin.resources.list({ venueId: restaurant.id })).map((r) => r.label)).toEqual([
      'T1',
      'T2',
    ]);
    expect((await rejectionOf(api.admin.resources.delete({ id: unused.id }))).code).toBe('NOT_FOUND');
  });

  it('seats are changed through their layout; staff and customers are FORBIDDEN', async () => {
    const api = await admin();
    const cinema = await insertVenue(database, { kind: 'cinema', slug: 'bioskop' });
    const layout = await api.admin.layouts.create({
      venueId: cinema.id,
      name: 'Studio 1',
      kind: 'hall',
      rows: 1,
      cols: 2,
      seatClasses: [{ name: 'Regular', priceMinor: 50_000 }],
    });
    const seat = layout.seats[0]!;
    expect(
      await rejectionOf(api.admin.resources.update({ id: seat.id, status: 'maintenance' })),
    ).toMatchObject({
      code: 'BAD_REQUEST',
      field: 'id',
    });
    expect((await rejectionOf(api.admin.resources.delete({ id: seat.id }))).field).toBe('id');
    expect(
      (await api.admin.resources.list({ venueId: cinema.id, kind: 'seat' })).map((r) => r.label),
    ).toEqual(['A1', 'A2']);

    for (const role of ['staff', 'customer'] as const) {
      const { api: other } = await signedIn(database, testApi, role);
      for (const call of [
        () => other.admin.venues.list(),
        () => other.admin.venues.create({ slug: 'x', kind: 'hotel', name: 'x' }),
        () => other.admin.venues.update({ id: cinema.id, name: 'x' }),
        () => other.admin.resources.list({ venueId: cinema.id }),
        () => other.admin.resources.create({ venueId: cinema.id, label: 'x' }),
        () => other.admin.resources.update({ id: seat.id, label: 'x' }),
        () => other.admin.resources.delete({ id: seat.id }),
      ]) {
        expect((await rejectionOf(call())).code).toBe('FORBIDDEN');
      }
    }
  });
});
