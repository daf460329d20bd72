import { expect, test } from '@playwright/test';
import { DEMO, registerCustomer, signIn, uniqueSuffix, watchAdminCalls } from './helpers.js';

const STAFF_SECTIONS = ['Dasbor', 'Pemesanan', 'Pembayaran'];
const ADMIN_SECTIONS = ['Tempat', 'Jadwal', 'Pengguna', 'Kunci API'];

test('a customer is turned away from the staff panel and gets no admin data', async ({ page }) => {
  const adminCalls = watchAdminCalls(page);
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { name: 'Masuk ke panel staf' })).toBeVisible();
  await signIn(page, DEMO.customer);

  await expect(page.getByRole('heading', { name: 'Khusus staf' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu admin' })).toHaveCount(0);
  await page.goto('/admin/people');
  await expect(page.getByRole('heading', { name: 'Khusus staf' })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText(DEMO.admin.email)).toHaveCount(0);
  expect(adminCalls).toEqual([]);

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('heading', { name: 'Masuk ke panel staf' })).toBeVisible();
});

test('the admin manages people and creates, copies and revokes an API key', async ({ page, context }) => {
  const suffix = uniqueSuffix();
  const person = { name: `Tamu ${suffix}`, email: `tamu.${suffix}@example.com` };
  await registerCustomer(page, person);
  await page.getByRole('button', { name: 'Keluar' }).click();
  // Wait for the sign-out to land before opening the staff app, or it may still see the session.
  await expect(page.getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();

  await page.goto('/admin/');
  await signIn(page, DEMO.admin);
  await expect(page.getByRole('banner').getByText(DEMO.admin.name)).toBeVisible();
  await expect(page.getByRole('banner').getByText('Admin', { exact: true })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Menu admin' });
  for (const section of [...STAFF_SECTIONS, ...ADMIN_SECTIONS]) {
    await expect(nav.getByRole('link', { name: section })).toBeVisible();
  }

  await nav.getByRole('link', { name: 'Pengguna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
  for (const account of [DEMO.admin, DEMO.staff, DEMO.customer]) {
    await expect(page.getByRole('cell', { name: account.email, exact: true })).toBeVisible();
  }
  // Admins cannot demote themselves from here.
  await expect(page.getByLabel(`Peran untuk ${DEMO.admin.name}`)).toBeDisabled();

  const roleOfGuest = page.getByLabel(`Peran untuk ${person.name}`);
  await expect(roleOfGuest).toHaveValue('customer');
  await roleOfGuest.selectOption('staff');
  await expect(page.getByText(`Peran ${person.name} sekarang Staf.`)).toBeVisible();
  await expect(roleOfGuest).toHaveValue('staff');

  await nav.getByRole('link', { name: 'Kunci API' }).click();
  const keyName = `e2e ${suffix}`;
  await page.getByLabel('Nama kunci', { exact: true }).fill(keyName);
  await page.getByRole('button', { name: 'Buat kunci' }).click();

  const panel = page.getByRole('region', { name: `Kunci baru: ${keyName}` });
  await expect(panel).toBeVisible();
  const key = await panel.getByLabel('Kunci API', { exact: true }).inputValue();
  expect(key).toMatch(/^rsv_[a-z2-7]{8}_[a-z2-7]{32}$/);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await panel.getByRole('button', { name: 'Salin' }).click();
  await expect(panel.getByRole('status')).toHaveText(/Tersalin/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  const row = page.getByRole('row', { name: new RegExp(keyName) });
  await expect(row).toContainText('Aktif');
  const prefix = ((await row.locator('code').textContent()) ?? '').replace('…', '');
  expect(key).toContain(prefix);

  // Shown once: after "done" the secret is nowhere on the page, and a reload does not bring it back.
  await panel.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByText(key)).toHaveCount(0);
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(key);

  await row.getByRole('button', { name: `Cabut ${keyName}` }).click();
  await row.getByRole('button', { name: `Ya, cabut ${keyName}` }).click();
  await expect(row).toContainText('Dicabut');
  await expect(row.getByRole('button')).toHaveCount(0);
});

test('staff see their sections only, and admin screens refuse them', async ({ page }) => {
  const adminCalls = watchAdminCalls(page);
  await page.goto('/admin/');
  await signIn(page, DEMO.staff);

  const nav = page.getByRole('navigation', { name: 'Menu admin' });
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor' })).toBeVisible();
  await expect(page.getByText(`Selamat datang, ${DEMO.staff.name}`)).toBeVisible();
  for (const section of STAFF_SECTIONS) await expect(nav.getByRole('link', { name: section })).toBeVisible();
  for (const section of ADMIN_SECTIONS) await expect(nav.getByRole('link', { name: section })).toHaveCount(0);

  await nav.getByRole('link', { name: 'Pemesanan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pemesanan' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Pemesanan' })).toHaveAttribute('aria-current', 'page');

  for (const path of ['/admin/people', '/admin/api-keys']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Tidak diizinkan' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  }
  expect(adminCalls).toEqual([]);
});
