import { insertResources, insertVenue, localAt } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../testing.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const database = await useTestDatabase();
const server = await startTestServer(database, { metricsToken: TOKEN });
afterAll(() => server.close());

async function scrape(): Promise<string> {
  const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one sample line, 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const createBooking = (input: unknown) =>
  fetch(`${server.url}/trpc/bookings.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

describe('/metrics', () => {
  it('refuses a scrape without the token, or with another one', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
  });

  it('counts the calls made: requests by procedure and status, bookings by outcome', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    const { T1 } = await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const input = {
      venueId: venue.id,
      resourceId: T1,
      partySize: 2,
      start: localAt('Asia/Jakarta', 2, '19:00'),
      contact: { name: 'Tamu', phone: '081234567890' },
    };
    const before = await scrape();
    expect((await createBooking(input)).status).toBe(200);
    expect((await createBooking(input)).status).toBe(409);
    expect((await createBooking(input)).status).toBe(409);
    expect((await fetch(`${server.url}/trpc/venues.list`)).status).toBe(200);
    const after = await scrape();

    const moved = (series: string) => sample(after, series) - sample(before, series);
    expect(moved('reserva_requests_total{procedure="bookings.create",status="200"}')).toBe(1);
    expect(moved('reserva_requests_total{procedure="bookings.create",status="409"}')).toBe(2);
    expect(moved('reserva_requests_total{procedure="venues.list",status="200"}')).toBe(1);
    expect(moved('reserva_creates_total{kind="booking",outcome="placed"}')).toBe(1);
    expect(moved('reserva_creates_total{kind="booking",outcome="conflict"}')).toBe(2);
    expect(moved('reserva_request_duration_seconds_count{procedure="bookings.create",status="409"}')).toBe(2);
    // The first scrape itself was answered and counted before the second.
    expect(moved('reserva_requests_total{procedure="/metrics",status="200"}')).toBe(1);

    expect(after).toMatch(/^reserva_refunds\{state="queued"\} 0$/m);
    expect(after).toMatch(/^reserva_db_pool_in_use \d+$/m);
    expect(after).toMatch(/^reserva_db_pool_waiting 0$/m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m);
    const lag = Number(/^reserva_change_feed_lag_seconds (\S+)$/m.exec(after)?.[1]);
    expect(lag).toBeGreaterThan(0);
    expect(lag).toBeLessThan(5);
    expect(await database.db.selectFrom('change_feed').selectAll().execute()).toEqual([]);
  });

  it('every answer carries an x-request-id; a proxy’s well-formed id is kept', async () => {
    const own = await fetch(`${server.url}/healthz`);
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await fetch(`${server.url}/trpc/venues.list`, { headers: { 'x-request-id': 'edge-42.a' } });
    expect(kept.headers.get('x-request-id')).toBe('edge-42.a');
    const forged = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'a b<c>' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
