import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.js';
import { BOOKING_URL, openVenue, saveScreenshot, shownBookingCode, venueDate } from './web-helpers.js';

test('the demo customer picks a desk on the floor map and books it', async ({ page }) => {
  await page.goto('/signin');
  await signIn(page, DEMO.customer);
  await expect(page.getByText(`Masuk sebagai ${DEMO.customer.name}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pesanan saya' })).toBeVisible();
  await openVenue(page, 'Ruang Kerja Dago');

  // Day 9: no other test books desks that day, so the whole floor starts free.
  await page.getByLabel('Tanggal', { exact: true }).fill(venueDate(9));
  await page.getByLabel('Mulai', { exact: true }).selectOption({ label: '09:00' });
  await page.getByLabel('Selesai', { exact: true }).selectOption({ label: '12:00 (3 jam)' });

  // The map is one tab stop; arrow keys move between desks, Enter picks one.
  const map = page.getByRole('group', { name: 'Denah Lantai 1' });
  const d1 = map.getByRole('button', { name: /^D1\b/ });
  await expect(d1).toHaveAccessibleName(/^D1\s?, Window · Rp\s35\.000\/jam, Kosong$/);
  await d1.focus();
  await page.keyboard.press('ArrowRight');
  const d2 = map.getByRole('button', { name: /^D2\b/ });
  await expect(d2).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const d9 = map.getByRole('button', { name: /^D9\b/ });
  await expect(d9).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(d9).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Dipilih: meja D9 Collab')).toBeVisible();

  // The list view shows the same desks in words, with the choice kept.
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByRole('button', { name: /^D9\b.*Collab/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Denah' }).click();

  // Signed in: the contact comes from the account.
  await expect(page.getByLabel('Nama', { exact: true })).toHaveValue(DEMO.customer.name);
  await expect(page.locator('.summary-list')).toContainText(/Total\s*Rp\s75\.000/);
  await page.getByRole('button', { name: 'Pesan meja kerja' }).click();

  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan Anda terkonfirmasi' })).toBeVisible();
  const facts = page.locator('.booking-facts');
  await expect(facts).toContainText('Terkonfirmasi');
  await expect(facts).toContainText(/Meja kerja\s*D9 \(Collab\)/);
  await expect(facts).toContainText(/09:00–12:00/);
  await expect(facts).toContainText(DEMO.customer.name);
  await shownBookingCode(page);
  await saveScreenshot(page, 'coworking-confirmation');
});
