import { expect, test } from '@playwright/test';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';

/** Each kind's group and the demo venue in it (other tests may add venues; these five are always there). */
const DEMO_VENUES = [
  ['Restoran', 'Warung Nusantara'],
  ['Ruang coworking', 'Ruang Kerja Dago'],
  ['Hotel', 'Hotel Priangan'],
  ['Bioskop', 'Bioskop Braga'],
  ['Bus antarkota', 'Priangan Trans'],
] as const;

test('the demo customer signs in, sees the five venues grouped by kind, and signs out', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/signin$/);
  await signIn(page, DEMO.customer);

  await expect(page.getByText(`Masuk sebagai ${DEMO.customer.name}`)).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  for (const [group, venue] of DEMO_VENUES) {
    const region = page.getByRole('region', { name: group, exact: true });
    await expect(region.getByRole('article').filter({ hasText: venue })).toHaveCount(1);
  }

  // The search box filters on the client: both words must match one venue.
  const search = page.getByLabel('Cari tempat');
  await search.fill('bioskop braga');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Bioskop', exact: true })).toBeVisible();
  await search.fill('tidak ada yang seperti ini');
  await expect(page.getByText('Tidak ada tempat yang cocok')).toBeVisible();
  await search.fill('');
  await expect(page.getByRole('article').filter({ hasText: 'Warung Nusantara' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'Priangan Trans' })).toBeVisible();

  // A venue page shows its details and its booking journey (web-*.spec.ts walk through them).
  await page.getByRole('link', { name: 'Warung Nusantara' }).click();
  await expect(page).toHaveURL(/\/v\/warung-nusantara$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Warung Nusantara' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pesan di sini' })).toBeVisible();
  await page.getByRole('link', { name: 'Semua tempat' }).click();

  // Switch to English once: labels change and the choice survives a reload and the other app.
  await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
  await expect(page.getByRole('region', { name: 'Restaurants' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Restaurants' }).getByText('1 place', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Book your place' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByText(`Signed in as ${DEMO.customer.name}`)).toHaveCount(0);
  await page.goto('/admin/');
  await expect(page.getByRole('heading', { name: 'Sign in to the staff panel' })).toBeVisible();
});

test('registration shows errors beside the fields, then a valid registration signs in', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Daftar' }).click();
  const name = page.getByLabel('Nama lengkap', { exact: true });
  const email = page.getByLabel('Email', { exact: true });
  const password = page.getByLabel('Kata sandi', { exact: true });
  const submit = page.getByRole('button', { name: 'Buat akun' });

  await name.fill('Rina Wijaya');
  await email.fill('bukan-email');
  await password.fill('pendek');
  await submit.click();
  // Each message sits in its field's box and is the field's accessible description.
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription(/Masukkan alamat email yang valid/);
  await expect(
    page.locator('.field', { has: email }).getByText('Masukkan alamat email yang valid.'),
  ).toBeVisible();
  await expect(password).toHaveAccessibleDescription(/Kata sandi minimal 8 karakter/);
  await expect(
    page.locator('.field', { has: password }).getByText('Kata sandi minimal 8 karakter.'),
  ).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'false');
  await expect(email).toBeFocused();

  // The server's verdict lands on the field too: this email is taken.
  await email.fill(DEMO.customer.email);
  await password.fill('cukup-panjang-1');
  await submit.click();
  await expect(email).toHaveAccessibleDescription(/sudah terdaftar/);
  await expect(password).toHaveAttribute('aria-invalid', 'false');

  await email.fill(`rina.${uniqueSuffix()}@example.com`);
  await submit.click();
  await expect(page.getByText('Masuk sebagai Rina Wijaya')).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
});
