import { expect, test } from '@playwright/test';
import { createClient, isTRPCClientError } from '@reserva/client';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';

const VENUES = ['Warung Nusantara', 'Ruang Kerja Dago', 'Hotel Priangan', 'Bioskop Braga', 'Priangan Trans'];

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (isTRPCClientError(error) ? error.data?.code : String(error)),
  );

test('an admin limits a staff account to one venue on the People page; the staff API follows', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two sign-ins and two saves: more than the default budget on a busy machine.
  test.setTimeout(90_000);
  await page.goto('/admin/people');
  await signIn(page, DEMO.admin);
  const row = page.getByRole('row', { name: new RegExp(DEMO.staff.name) });
  await expect(row).toContainText('Warung Nusantara');
  await row.getByRole('button', { name: `Ubah tempat ${DEMO.staff.name}` }).click();
  const venues = row.getByRole('group', { name: `Tempat kerja ${DEMO.staff.name}` });
  for (const name of VENUES.slice(1)) await venues.getByLabel(name).uncheck();
  await row.getByRole('button', { name: 'Simpan tempat' }).click();
  await expect(page.getByText(`${DEMO.staff.name} sekarang bekerja di 1 tempat.`)).toBeVisible();
  await expect(row).toContainText('Warung Nusantara');
  await expect(row).not.toContainText('Hotel Priangan');

  try {
    // The staff member's own session now reaches the restaurant only.
    const staffPage = await browser.newPage();
    await staffPage.goto(`${baseURL}/admin/`);
    await signIn(staffPage, DEMO.staff);
    await expect(staffPage.getByRole('navigation', { name: 'Menu admin' })).toBeVisible();
    const all = await createClient({ url: baseURL! }).venues.list.query({});
    const idOf = (name: string) => all.find((venue) => venue.name === name)!.id;
    const ask = (venueId: string) =>
      staffPage.request.get(`/trpc/staff.stats?input=${encodeURIComponent(JSON.stringify({ venueId }))}`);
    expect((await ask(idOf('Warung Nusantara'))).status()).toBe(200);
    const refused = await ask(idOf('Hotel Priangan'));
    expect(refused.status()).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { data: { code: 'FORBIDDEN' } } });
    await staffPage.close();
  } finally {
    // Give the demo staff account every venue back for the other browser tests.
    await row.getByRole('button', { name: `Ubah tempat ${DEMO.staff.name}` }).click();
    for (const name of VENUES.slice(1)) await venues.getByLabel(name).check();
    await row.getByRole('button', { name: 'Simpan tempat' }).click();
    await expect(page.getByText(`${DEMO.staff.name} sekarang bekerja di 5 tempat.`)).toBeVisible();
  }
});

test('an API key made for one venue with an expiry acts only there', async ({ page, baseURL }) => {
  const keyName = `Loket bus ${uniqueSuffix()}`;
  await page.goto('/admin/api-keys');
  await signIn(page, DEMO.admin);
  await page.getByLabel('Nama kunci', { exact: true }).fill(keyName);
  await page.getByLabel('Peran', { exact: true }).selectOption({ label: 'Staf' });
  await page.getByRole('group', { name: 'Batasi ke tempat' }).getByLabel('Priangan Trans').check();
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Berlaku sampai (opsional)').fill(tomorrow);
  await page.getByRole('button', { name: 'Buat kunci' }).click();
  const panel = page.getByRole('region', { name: `Kunci baru: ${keyName}` });
  const key = await panel.getByLabel('Kunci API', { exact: true }).inputValue();
  await panel.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(page.getByRole('row', { name: new RegExp(keyName) })).toContainText('Priangan Trans');

  const client = createClient({ url: baseURL!, apiKey: key });
  const venues = await client.venues.list.query({});
  const bus = venues.find((venue) => venue.name === 'Priangan Trans')!.id;
  const hotel = venues.find((venue) => venue.name === 'Hotel Priangan')!.id;
  const listed = await client.staff.bookings.list.query({});
  expect(listed.items.every((booking) => booking.venue.id === bus)).toBe(true);
  expect(await codeOf(client.staff.stats.query({ venueId: bus }))).toBe('ok');
  expect(await codeOf(client.staff.stats.query({ venueId: hotel }))).toBe('FORBIDDEN');
  expect(await codeOf(client.admin.users.list.query({}))).toBe('FORBIDDEN');

  // The audit log shows who made the key, with the key's row but never the key itself.
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Log audit' }).click();
  const entry = page.getByRole('row', { name: /admin\.apiKeys\.create/ }).first();
  await expect(entry).toContainText(DEMO.admin.email);
  await entry.locator('summary').click();
  await expect(entry).toContainText(keyName);
  await expect(entry).not.toContainText(key);
});
