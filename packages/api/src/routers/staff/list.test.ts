import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { insertVenue } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';
import { insertBooking, minutesLater, signedIn } from './fixtures.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());

const at = (iso: string) => new Date(iso);
let warung: string;
let kopi: string;
let staff: Awaited<ReturnType<typeof signedIn>>['api'];
/** Codes by name: A–D at Warung, E at Kopi. */
let code: Record<string, string>;

beforeEach(async () => {
  warung = (await insertVenue(database, { kind: 'restaurant', slug: 'warung' })).id;
  kopi = (await insertVenue(database, { kind: 'coworking', slug: 'kopi' })).id;
  staff = (await signedIn(database, testApi, 'staff')).api;
  const rows = [
    {
      name: 'A',
      venueId: warung,
      status: 'PENDING',
      start: '2026-05-01T12:00:00Z',
      contact: ['Budi Santoso', '+6281211110001'],
    },
    {
      name: 'B',
      venueId: warung,
      status: 'CONFIRMED',
      start: '2026-05-01T12:00:00Z',
      contact: ['Citra 100%_ok', '+6281211110002'],
    },
    {
      name: 'C',
      venueId: warung,
      status: 'CANCELLED',
      start: '2026-05-02T12:00:00Z',
      contact: ['Dewi', '+6281299990003'],
    },
    {
      name: 'D',
      venueId: warung,
      status: 'COMPLETED',
      start: '2026-05-03T12:00:00Z',
      contact: ['Eko', '+6281211110004'],
    },
    {
      name: 'E',
      venueId: kopi,
      status: 'CONFIRMED',
      start: '2026-05-01T08:00:00Z',
      contact: ['Budiman', '+6281211110005'],
    },
  ] as const;
  code = {};
  for (const row of rows) {
    const start = at(row.start);
    const { code: bookingCode } = await insertBooking(database, {
      venueId: row.venueId,
      status: row.status,
      start,
      end: minutesLater(start, 90),
      contact: { name: row.contact[0], phone: row.contact[1] },
    });
    code[row.name] = bookingCode;
  }
});

const codesOf = (page: { items: { code: string }[] }) => page.items.map((item) => item.code);
const named = (...names: string[]) => names.map((name) => code[name]);

describe('staff.bookings.list', () => {
  it('lists everything by start then id, with the total, 50 per page by default', async () => {
    const page = await staff.staff.bookings.list();
    expect(page.total).toBe(5);
    expect(codesOf(page)).toHaveLength(5);
    expect(codesOf(page)[0]).toBe(code.E);
    // A and B start together: the id breaks the tie, the same way every time.
    const [first, second] = page.items.slice(1, 3);
    expect(first!.id < second!.id).toBe(true);
    expect(codesOf(page).slice(3)).toEqual(named('C', 'D'));
    expect(page.items[0]).toMatchObject({ venue: { id: kopi }, contact: { name: 'Budiman' }, items: [] });
    expect(typeof page.items[0]!.start).toBe('string');
  });

  it('pages with skip/limit over a stable order; the total counts the whole filter', async () => {
    const all = codesOf(await staff.staff.bookings.list({ limit: 200 }));
    const pages = [];
    for (let skip = 0; skip < 5; skip += 2) pages.push(await staff.staff.bookings.list({ skip, limit: 2 }));
    expect(pages.map((page) => page.total)).toEqual([5, 5, 5]);
    expect(pages.flatMap(codesOf)).toEqual(all);
    const beyond = await staff.staff.bookings.list({ skip: 10, limit: 2 });
    expect(beyond).toEqual({ items: [], total: 5 });
    const latestFirst = codesOf(await staff.staff.bookings.list({ order: 'desc', limit: 200 }));
    expect(latestFirst).toEqual([...all].reverse());
  });

  it('filters by venue, by one status or several, and by start in [from, to)', async () => {
    expect(codesOf(await staff.staff.bookings.list({ venueId: kopi }))).toEqual(named('E'));
    expect((await staff.staff.bookings.list({ venueId: warung })).total).toBe(4);
    expect(codesOf(await staff.staff.bookings.list({ status: 'CANCELLED' }))).toEqual(named('C'));
    expect(codesOf(await staff.staff.bookings.list({ status: ['CANCELLED', 'COMPLETED'] }))).toEqual(
      named('C', 'D'),
    );
    const confirmedHere = await staff.staff.bookings.list({ venueId: warung, status: 'CONFIRMED' });
    expect(codesOf(confirmedHere)).toEqual(named('B'));
    const window = await staff.staff.bookings.list({
      from: '2026-05-01T19:00:00+07:00',
      to: '2026-05-03T19:00:00+07:00',
    });
    // A, B start exactly at `from` (included); D exactly at `to` (excluded).
    expect(window.total).toBe(3);
    expect(codesOf(window).slice(2)).toEqual(named('C'));
  });

  it('searches name, phone (as typed locally) and code, case-insensitively; % and _ are literal', async () => {
    const budi = await staff.staff.bookings.list({ q: 'budi' });
    expect(codesOf(budi)).toEqual(named('E', 'A'));
    expect(budi.total).toBe(2);
    expect(codesOf(await staff.staff.bookings.list({ q: 'SANTOSO' }))).toEqual(named('A'));
    expect(codesOf(await staff.staff.bookings.list({ q: '0812 9999' }))).toEqual(named('C'));
    expect(codesOf(await staff.staff.bookings.list({ q: '+62812-1111-0004' }))).toEqual(named('D'));
    expect(codesOf(await staff.staff.bookings.list({ q: code.D!.toLowerCase() }))).toEqual(named('D'));
    expect(codesOf(await staff.staff.bookings.list({ q: '100%_' }))).toEqual(named('B'));
    expect((await staff.staff.bookings.list({ q: '%' })).total).toBe(1);
    expect((await staff.staff.bookings.list({ q: '_' })).total).toBe(1);
    expect((await staff.staff.bookings.list({ q: 'budi', venueId: warung })).total).toBe(1);
  });

  it('bad filters are BAD_REQUEST naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ limit: 201 }, 'limit'],
      [{ limit: 0 }, 'limit'],
      [{ skip: -1 }, 'skip'],
      [{ status: 'SLEEPING' }, 'status'],
      [{ status: [] }, 'status'],
      [{ venueId: 'nope' }, 'venueId'],
      [{ from: '2026-05-01' }, 'from'],
      [{ from: '2026-05-02T00:00:00Z', to: '2026-05-01T00:00:00Z' }, 'to'],
    ];
    for (const [input, field] of cases) {
      const error = await rejectionOf(staff.staff.bookings.list(input as never));
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.field).toBe(field);
    }
  });
});
