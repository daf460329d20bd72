import { expect, test } from '@playwright/test';
import { registerCustomer, uniqueSuffix } from './helpers.js';
import { BOOKING_URL, openVenue, saveScreenshot, shownBookingCode, venueDate } from './web-helpers.js';

test('a new customer books a Deluxe room at Hotel Priangan and gets a room number', async ({ page }) => {
  const person = { name: `Tamu ${uniqueSuffix()}`, email: `hotel.${uniqueSuffix()}@example.com` };
  await registerCustomer(page, person);
  await openVenue(page, 'Hotel Priangan');

  await page.getByLabel('Check-in', { exact: true }).fill(venueDate(5));
  await page.getByLabel('Check-out', { exact: true }).fill(venueDate(7));
  await page.getByLabel('Jumlah tamu', { exact: true }).selectOption('2');

  const deluxe = page.getByRole('article', { name: 'Deluxe' });
  await expect(deluxe).toContainText(/Rp\s750\.000\s*\/ malam/);
  await expect(deluxe).toContainText(/Total 2 malam: Rp\s[\d.]+/);
  await expect(deluxe).toContainText(/Sisa \d+ kamar/);
  await deluxe.getByRole('button', { name: 'Pilih Deluxe' }).click();
  await expect(deluxe.getByRole('button', { name: 'Pilih Deluxe' })).toHaveAttribute('aria-pressed', 'true');

  // The new account has no phone yet: the form asks for one beside the field.
  await expect(page.getByLabel('Nama', { exact: true })).toHaveValue(person.name);
  await page.getByRole('button', { name: 'Pesan kamar' }).click();
  const phone = page.getByLabel('Nomor WhatsApp', { exact: true });
  await expect(phone).toHaveAccessibleDescription(/Wajib diisi/);
  await phone.fill('0813 2222 3333');
  await page.getByRole('button', { name: 'Pesan kamar' }).click();

  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan Anda terkonfirmasi' })).toBeVisible();
  const facts = page.locator('.booking-facts');
  await expect(facts).toContainText(/Tipe kamar\s*Deluxe/);
  await expect(facts).toContainText(/Nomor kamar\s*(30[1-5]|40[12])/);
  await expect(facts).toContainText(/Check-in\s*\S+, \d+ \S+ \d{4} 14:00/);
  await expect(facts).toContainText(/Check-out\s*\S+, \d+ \S+ \d{4} 12:00/);
  await expect(facts).toContainText('+6281322223333');
  await shownBookingCode(page);
  await saveScreenshot(page, 'hotel-confirmation');
});
