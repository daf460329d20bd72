import { expect, test } from '@playwright/test';
import { DEMO, signIn, watchAdminCalls } from './helpers.js';

const ADMIN_ONLY = ['Tempat', 'Jadwal', 'Pengguna', 'Kunci API'];

test('staff neither see nor reach venues, events, people and API keys, and the API refuses them', async ({
  page,
}) => {
  const adminCalls = watchAdminCalls(page);
  await page.goto('/admin/');
  await signIn(page, DEMO.staff);
  const nav = page.getByRole('navigation', { name: 'Menu admin' });
  await expect(nav.getByRole('link', { name: 'Pembayaran' })).toBeVisible();
  for (const section of ADMIN_ONLY) await expect(nav.getByRole('link', { name: section })).toHaveCount(0);

  // Offline payments are theirs.
  await nav.getByRole('link', { name: 'Pembayaran' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pembayaran' })).toBeVisible();
  await expect(page.getByLabel('Kode klaim')).toBeVisible();

  for (const path of [
    '/admin/venues',
    '/admin/venues/new',
    '/admin/events',
    '/admin/people',
    '/admin/api-keys',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Tidak diizinkan' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('form')).toHaveCount(0);
  }
  expect(adminCalls).toEqual([]);

  // The same session over the API: admin procedures answer FORBIDDEN, queries and mutations alike.
  const list = await page.request.get(`/trpc/admin.venues.list?input=${encodeURIComponent('{}')}`);
  expect(list.status()).toBe(403);
  expect(await list.json()).toMatchObject({ error: { data: { code: 'FORBIDDEN' } } });
  const create = await page.request.post('/trpc/admin.events.cancel', {
    data: { id: '00000000-0000-4000-8000-000000000000', reason: 'x' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(create.status()).toBe(403);
  expect(await create.json()).toMatchObject({ error: { data: { code: 'FORBIDDEN' } } });
});
