import { useTestDatabase } from '@reserva/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { insertResources, insertVenue } from '../../test-fixtures.js';
import { createTestApi, rejectionOf } from '../../testing.js';

const database = await useTestDatabase();
const testApi = createTestApi(database);
afterAll(() => testApi.close());
const api = testApi.client().api;

describe('venues', () => {
  it('lists active venues, by kind when asked, and shows one by id or slug with its places', async () => {
    const warung = await insertVenue(database, { kind: 'restaurant', slug: 'warung' });
    await insertVenue(database, { kind: 'hotel', slug: 'hotel' });
    const closed = await insertVenue(database, { kind: 'restaurant', slug: 'tutup' });
    await database.db.updateTable('venues').set({ active: false }).where('id', '=', closed.id).execute();
    await insertResources(database, warung.id, 'table', [
      { label: 'T1', capacity: 2, area: 'Indoor' },
      { label: 'T2', capacity: 4, area: 'Outdoor' },
      { label: 'T3', capacity: 4, area: 'Indoor' },
    ]);

    expect((await api.venues.list()).map((v) => v.slug)).toEqual(['hotel', 'warung']);
    expect((await api.venues.list({ kind: 'restaurant' })).map((v) => v.slug)).toEqual(['warung']);

    const bySlug = await api.venues.get({ slug: 'warung' });
    expect(bySlug).toMatchObject({
      id: warung.id,
      timeZone: 'Asia/Jakarta',
      currency: 'IDR',
      resourceCount: 3,
    });
    expect(bySlug.areas.sort()).toEqual(['Indoor', 'Outdoor']);
    expect(bySlug.settings.defaultDurationMinutes).toBe(90);
    expect((await api.venues.get({ id: warung.id })).slug).toBe('warung');
  });

  it('an unknown or inactive venue is NOT_FOUND; a malformed slug is BAD_REQUEST', async () => {
    const closed = await insertVenue(database, { kind: 'restaurant', slug: 'tutup' });
    await database.db.updateTable('venues').set({ active: false }).where('id', '=', closed.id).execute();
    expect((await rejectionOf(api.venues.get({ slug: 'tutup' }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(api.venues.get({ slug: 'tidak-ada' }))).code).toBe('NOT_FOUND');
    expect((await rejectionOf(api.venues.get({ slug: 'Bad Slug!' }))).code).toBe('BAD_REQUEST');
    expect((await rejectionOf(api.venues.list({ kind: 'spaceship' as never }))).field).toBe('kind');
  });
});
