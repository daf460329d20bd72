import { expect, test } from '@playwright/test';
import { BOOKING_URL, openVenue, saveScreenshot, shownBookingCode, venueDate } from './web-helpers.js';

test('a guest reserves a table at Warung Nusantara and gets a booking code', async ({ page }) => {
  await openVenue(page, 'Warung Nusantara');

  await page.getByLabel('Tanggal', { exact: true }).fill(venueDate(4));
  await page.getByLabel('Jumlah tamu', { exact: true }).selectOption('4');
  await page.getByLabel('Area', { exact: true }).selectOption('Indoor');
  const times = page.getByRole('group', { name: 'Jam kedatangan' });
  await expect(times).toHaveAttribute('aria-busy', 'false');
  const noon = times.getByRole('button', { name: /^12:00/ });
  await noon.click();
  await expect(noon).toHaveAttribute('aria-pressed', 'true');

  // A guest must say who is coming; the form says so beside the fields.
  await page.getByRole('button', { name: 'Pesan meja' }).click();
  const name = page.getByLabel('Nama', { exact: true });
  await expect(name).toHaveAccessibleDescription(/Nama wajib diisi/);
  await expect(name).toBeFocused();
  await name.fill('Rina Wijaya');
  await page.getByLabel('Nomor WhatsApp', { exact: true }).fill('0812 3456 7890');
  await expect(page.locator('.summary-list')).toContainText(/Deposit\s*Rp\s200\.000/);
  await page.getByRole('button', { name: 'Pesan meja' }).click();

  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan Anda sudah kami terima' })).toBeVisible();
  await expect(page.getByText('Menunggu konfirmasi dari Warung Nusantara')).toBeVisible();
  const facts = page.locator('.booking-facts');
  await expect(facts).toContainText('Menunggu');
  await expect(facts).toContainText(/12:00–13:30/);
  await expect(facts).toContainText('4 orang');
  await expect(facts).toContainText(/Area meja\s*Indoor/);
  await expect(facts).toContainText(/Deposit\s*Rp\s200\.000/);
  await expect(facts).toContainText('Rina Wijaya');
  const code = await shownBookingCode(page);
  await expect(page.getByRole('button', { name: 'Salin kode' })).toBeVisible();
  await saveScreenshot(page, 'restaurant-confirmation');

  // Back later in this browser, the code alone opens it: the browser kept the booking's manage token.
  await page.goto('/my-bookings');
  await page.getByLabel('Kode pesanan', { exact: true }).fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Cari pesanan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pesanan ${code}` })).toBeVisible();
  await expect(page.locator('.booking-facts')).toContainText('Rina Wijaya');

  // On another device the code alone shows nothing; with the phone's last 4 digits it opens.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/my-bookings');
  await page.getByLabel('Kode pesanan', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Cari pesanan' }).click();
  await expect(page.getByRole('heading', { name: 'Pesanan tidak ditemukan' })).toBeVisible();
  await expect(page.getByText('Rina Wijaya')).toHaveCount(0);
  await page.getByLabel('4 digit terakhir nomor HP, atau email', { exact: true }).fill('7890');
  await page.getByRole('button', { name: 'Cari pesanan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pesanan ${code}` })).toBeVisible();
  await expect(page.locator('.booking-facts')).toContainText('Rina Wijaya');
});
