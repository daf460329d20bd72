import { insertVenue, localAt } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { type BookingStatus, generateBookingCode } from '@reserva/domain';
import ICAL from 'ical.js';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { signInOverHttp, startTestServer } from './testing.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());
const origin = () => new URL(server.url).origin;

const signIn = (email: string, role: 'customer' | 'staff' | 'admin') =>
  signInOverHttp(database, server.url, { email, role });

/** A REST call as the staff app or a customer's browser would make it. */
async function post(path: string, init: { cookie?: string; apiKey?: string; body?: unknown } = {}) {
  const response = await fetch(`${server.url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: origin(),
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.apiKey ? { authorization: `Bearer ${init.apiKey}` } : {}),
    },
    body: JSON.stringify(init.body ?? {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the REST answers are checked field by field
  return { status: response.status, body: (await response.json()) as any };
}

async function insertBooking(b: {
  venueId: string;
  start: Date;
  hours?: number;
  status: BookingStatus;
  name: string;
  userId?: string;
}) {
  return database.db
    .insertInto('bookings')
    .values({
      code: generateBookingCode(),
      venue_id: b.venueId,
      user_id: b.userId ?? null,
      status: b.status,
      starts_at: b.start,
      ends_at: new Date(b.start.getTime() + (b.hours ?? 2) * 3_600_000),
      contact_name: b.name,
      contact_phone: '+6281211112222',
      party_size: 4,
      ...(b.status === 'CANCELLED' ? { cancel_reason: 'OTHER' as const, cancel_description: 'x' } : {}),
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
}

interface ParsedEvent {
  uid: string;
  summary: string;
  status: string;
  zone: string;
  localStart: string;
  start: Date;
  end: Date;
}

/** Parses a feed with ical.js (Mozilla's iCalendar library), its VTIMEZONEs registered. */
function parseFeed(text: string): { name: string; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      status: String(component.getFirstPropertyValue('status')),
      zone: String(component.getFirstProperty('dtstart')?.getParameter('tzid')),
      localStart: `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')} ${String(start.hour).padStart(2, '0')}:${String(start.minute).padStart(2, '0')}`,
      start: start.toJSDate(),
      end: event.endDate.toJSDate(),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const fetchFeed = (path: string) => fetch(`${server.url}${path}`);

const localText = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);

let staff: { cookie: string; userId: string };
let customer: { cookie: string; userId: string };
let makassar: { id: string; timeZone: string };
let jakarta: { id: string; timeZone: string };

beforeEach(async () => {
  staff = await signIn('staff@example.id', 'staff');
  customer = await signIn('rina@example.id', 'customer');
  makassar = await insertVenue(database, {
    kind: 'restaurant',
    slug: 'coto-makassar',
    name: 'Coto Makassar',
    timeZone: 'Asia/Makassar',
  });
  jakarta = await insertVenue(database, { kind: 'restaurant', slug: 'warung', name: 'Warung Jakarta' });
});

describe('a venue calendar for staff', () => {
  it('holds the venue’s bookings, in the venue’s zone, and follows their changes', async () => {
    const dinner = localAt(makassar.timeZone, 2, '19:00');
    const confirmed = await insertBooking({
      venueId: makassar.id,
      start: dinner,
      status: 'CONFIRMED',
      name: 'Andi',
    });
    const pending = await insertBooking({
      venueId: makassar.id,
      start: localAt(makassar.timeZone, 3, '12:30'),
      status: 'PENDING',
      name: 'Budi',
    });
    await insertBooking({ venueId: makassar.id, start: dinner, status: 'HELD', name: 'On hold' });
    await insertBooking({ venueId: jakarta.id, start: dinner, status: 'CONFIRMED', name: 'Elsewhere' });

    const issued = await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: staff.cookie });
    expect(issued.status).toBe(200);
    expect(issued.body.path).toMatch(/^\/calendar\/venues\/[a-z2-7]{32}\.ics$/);
    const stored = await database.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.token_hash).not.toContain(issued.body.path.split('/')[3]!.slice(0, -4));

    const response = await fetchFeed(issued.body.path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Makassar');
    const feed = parseFeed(text);
    expect(feed.name).toBe('Coto Makassar — Reserva');
    expect(feed.events.map((e) => e.uid).sort()).toEqual(
      [`${confirmed.id}@reserva`, `${pending.id}@reserva`].sort(),
    );
    const andi = feed.events.find((e) => e.uid === `${confirmed.id}@reserva`)!;
    expect(andi).toMatchObject({ zone: 'Asia/Makassar', status: 'CONFIRMED', summary: 'Andi (4)' });
    expect(andi.localStart).toBe(localText(dinner, 'Asia/Makassar'));
    expect(andi.localStart.endsWith('19:00')).toBe(true);
    expect(andi.start.toISOString()).toBe(dinner.toISOString());
    expect(andi.end.getTime() - andi.start.getTime()).toBe(2 * 3_600_000);
    expect(feed.events.find((e) => e.uid === `${pending.id}@reserva`)!.status).toBe('TENTATIVE');

    // A booking that changes shows the change on the next fetch.
    await database.db
      .updateTable('bookings')
      .set({ status: 'CANCELLED', cancel_reason: 'OTHER', cancel_description: 'x', updated_at: new Date() })
      .where('id', '=', confirmed.id)
      .execute();
    const later = parseFeed(await (await fetchFeed(issued.body.path)).text());
    expect(later.events.find((e) => e.uid === `${confirmed.id}@reserva`)!.status).toBe('CANCELLED');
  });

  it('a new link kills the old one; unknown links are 404; a former staff member’s link is 401', async () => {
    const first = await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: staff.cookie });
    const second = await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: staff.cookie });
    expect(second.body.path).not.toBe(first.body.path);
    const old = await fetchFeed(first.body.path);
    expect(old.status).toBe(401);
    expect(await old.text()).toBe('This calendar link was replaced or revoked');
    expect((await fetchFeed(second.body.path)).status).toBe(200);

    // A colleague's link for the same venue is theirs: it stays when this one rotates.
    const colleague = await signIn('staff2@example.id', 'staff');
    const theirs = await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: colleague.cookie });
    await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: staff.cookie });
    expect((await fetchFeed(theirs.body.path)).status).toBe(200);

    expect((await fetchFeed('/calendar/venues/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics')).status).toBe(404);
    expect((await fetchFeed('/calendar/venues/not-a-token.ics')).status).toBe(404);
    // A venue link is not a personal one.
    expect((await fetchFeed(theirs.body.path.replace('/venues/', '/me/'))).status).toBe(404);

    await database.db
      .updateTable('users')
      .set({ role: 'customer' })
      .where('id', '=', colleague.userId)
      .execute();
    const demoted = await fetchFeed(theirs.body.path);
    expect(demoted.status).toBe(401);
    expect(await demoted.text()).toMatch(/no longer staff/);
  });

  it('only a staff person gets a venue link; bad input names the field and stores nothing', async () => {
    const asCustomer = await post(`/staff/calendar/venues/${makassar.id}/feed`, { cookie: customer.cookie });
    expect(asCustomer.status).toBe(403);
    const admin = await signIn('admin@example.id', 'admin');
    const key = await fetch(`${server.url}/trpc/admin.apiKeys.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: origin(), cookie: admin.cookie },
      body: JSON.stringify({ name: 'desk', role: 'staff' }),
    });
    const apiKey = ((await key.json()) as { result: { data: { key: string } } }).result.data.key;
    const byKey = await post(`/staff/calendar/venues/${makassar.id}/feed`, { apiKey });
    expect(byKey.status).toBe(403);
    expect(byKey.body.error.message).toBe('Calendar links belong to a person: sign in to get one');

    const badId = await post('/staff/calendar/venues/not-a-venue/feed', { cookie: staff.cookie });
    expect(badId.status).toBe(400);
    expect(badId.body.error.field).toBe('venueId');
    const unknown = await post('/staff/calendar/venues/00000000-0000-4000-8000-000000000000/feed', {
      cookie: staff.cookie,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'NOT_FOUND', message: 'Venue was not found', field: null });
    expect(await database.db.selectFrom('calendar_feeds').selectAll().execute()).toEqual([]);
  });
});

describe('a customer’s own calendar', () => {
  it('holds only their bookings, each in its venue’s zone; rotating kills the old link', async () => {
    const inMakassar = localAt(makassar.timeZone, 4, '19:00');
    const inJakarta = localAt(jakarta.timeZone, 5, '08:00');
    const mine1 = await insertBooking({
      venueId: makassar.id,
      start: inMakassar,
      status: 'CONFIRMED',
      name: 'Rina',
      userId: customer.userId,
    });
    const mine2 = await insertBooking({
      venueId: jakarta.id,
      start: inJakarta,
      status: 'PENDING',
      name: 'Rina',
      userId: customer.userId,
    });
    await insertBooking({ venueId: jakarta.id, start: inJakarta, status: 'CONFIRMED', name: 'Someone else' });

    const issued = await post('/calendar/me/feed', { cookie: customer.cookie });
    expect(issued.status).toBe(200);
    expect(issued.body.path).toMatch(/^\/calendar\/me\/[a-z2-7]{32}\.ics$/);
    const feed = parseFeed(await (await fetchFeed(issued.body.path)).text());
    expect(feed.events.map((e) => e.uid).sort()).toEqual(
      [`${mine1.id}@reserva`, `${mine2.id}@reserva`].sort(),
    );
    const makassarEvent = feed.events.find((e) => e.uid === `${mine1.id}@reserva`)!;
    const jakartaEvent = feed.events.find((e) => e.uid === `${mine2.id}@reserva`)!;
    expect(makassarEvent).toMatchObject({ zone: 'Asia/Makassar', summary: 'Coto Makassar' });
    expect(makassarEvent.start.toISOString()).toBe(inMakassar.toISOString());
    expect(makassarEvent.localStart.endsWith('19:00')).toBe(true);
    expect(jakartaEvent).toMatchObject({ zone: 'Asia/Jakarta', status: 'TENTATIVE' });
    expect(jakartaEvent.start.toISOString()).toBe(inJakarta.toISOString());
    expect(jakartaEvent.localStart.endsWith('08:00')).toBe(true);

    const rotated = await post('/calendar/me/feed', { cookie: customer.cookie });
    expect((await fetchFeed(issued.body.path)).status).toBe(401);
    expect((await fetchFeed(rotated.body.path)).status).toBe(200);
    // A personal link is not a venue link.
    expect((await fetchFeed(rotated.body.path.replace('/me/', '/venues/'))).status).toBe(404);
  });

  it('needs a signed-in person', async () => {
    const anonymous = await post('/calendar/me/feed');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHORIZED');
  });
});
