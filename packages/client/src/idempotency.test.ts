import { insertResources, insertVenue, localAt } from '@reserva/api/testing';
import { useTestDatabase } from '@reserva/db/testing';
import { startTestServer } from '@reserva/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from './index.js';

const database = await useTestDatabase();
const server = await startTestServer(database);
afterAll(() => server.close());

describe('the typed client and Idempotency-Key', () => {
  it('sends a key with each create and, when the answer is lost, retries under it: one booking', async () => {
    const venue = await insertVenue(database, { kind: 'restaurant', slug: 'warung-client' });
    await insertResources(database, venue.id, 'table', [{ label: 'T1', capacity: 4 }]);
    const keys: (string | null)[] = [];
    let lose = 1;
    // The server books, then the answer never reaches the caller (a dropped connection).
    const losingFetch: typeof fetch = async (input, init) => {
      keys.push(new Headers(init?.headers).get('idempotency-key'));
      const response = await fetch(input, init);
      if (lose-- > 0) throw new TypeError('fetch failed');
      return response;
    };
    const client = createClient({ url: server.url, fetch: losingFetch });
    const booking = await client.bookings.create.mutate({
      venueId: venue.id,
      partySize: 2,
      start: localAt('Asia/Jakarta', 2, '19:00').toISOString(),
      contact: { name: 'Tamu', phone: '081234567890' },
    });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await database.db.selectFrom('bookings').select('id').execute()).toEqual([{ id: booking.id }]);

    // A new create is a new key.
    await client.bookings.create.mutate({
      venueId: venue.id,
      partySize: 2,
      start: localAt('Asia/Jakarta', 3, '19:00').toISOString(),
      contact: { name: 'Tamu', phone: '081234567890' },
    });
    expect(keys).toHaveLength(3);
    expect(keys[2]).not.toBe(keys[0]);
  });
});
