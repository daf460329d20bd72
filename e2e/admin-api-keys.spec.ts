import { expect, test } from '@playwright/test';
import { createClient, isTRPCClientError } from '@reserva/client';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';

test('an API key made in the panel serves the typed client until it is revoked', async ({
  page,
  baseURL,
}) => {
  const keyName = `Kasir ${uniqueSuffix()}`;
  await page.goto('/admin/api-keys');
  await signIn(page, DEMO.admin);
  await page.getByLabel('Nama kunci', { exact: true }).fill(keyName);
  await page.getByLabel('Peran', { exact: true }).selectOption({ label: 'Admin' });
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  const panel = page.getByRole('region', { name: `Kunci baru: ${keyName}` });
  const key = await panel.getByLabel('Kunci API', { exact: true }).inputValue();
  await panel.getByRole('button', { name: 'Sudah saya simpan' }).click();

  // Another TypeScript app: no cookies, only the key.
  const client = createClient({ url: baseURL!, apiKey: key });
  const users = await client.admin.users.list.query({ q: DEMO.staff.email });
  expect(users.items.map((user) => user.email)).toEqual([DEMO.staff.email]);
  const venues = await client.admin.venues.list.query();
  expect(venues.map((venue) => venue.slug)).toContain('priangan-trans');

  const row = page.getByRole('row', { name: new RegExp(keyName) });
  await page.reload();
  await expect(row).toContainText('Admin');
  await row.getByRole('button', { name: `Cabut ${keyName}` }).click();
  await row.getByRole('button', { name: `Ya, cabut ${keyName}` }).click();
  await expect(row).toContainText('Dicabut');

  const refusal = await client.admin.users.list.query().then(
    () => null,
    (error: unknown) => error,
  );
  expect(isTRPCClientError(refusal)).toBe(true);
  if (!isTRPCClientError(refusal)) return;
  expect(refusal.data?.code).toBe('UNAUTHORIZED');
  expect(refusal.data?.httpStatus).toBe(401);
});
