import { expect, test } from '@playwright/test';
import { BOOKING_URL, saveScreenshot, shownBookingCode } from './web-helpers.js';
import { COUNTDOWN, openShowtime, seat, seatMap } from './web-seat-helpers.js';

test('a guest picks seats on the live map, holds them, pays by card and gets a ticket with a QR code', async ({
  page,
}) => {
  await openShowtime(page, 2, '12:00');
  await expect(page.getByRole('list', { name: 'Kelas kursi' })).toContainText('Premium · Rp 75.000');
  await expect(seatMap(page).locator('..')).toContainText('LAYAR');

  // The map is one tab stop: arrow keys move across the aisle-split rows, Enter picks a seat.
  const e5 = seat(page, 'E5');
  await expect(e5).toHaveAccessibleName(/^E5\s?, Regular · Rp\s50\.000, Kosong$/);
  await e5.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(seat(page, 'E6')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(e5).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Dipilih 2 kursi: E5, E6 · Total Rp 100.000')).toBeVisible();

  await page.getByRole('button', { name: 'Tahan 2 kursi' }).click();
  await expect(page).toHaveURL(/\/hold$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Selesaikan pembayaran' })).toBeVisible();
  await expect(page.locator('.hold-countdown-clock')).toHaveText(COUNTDOWN);
  await expect(page.locator('.summary-list')).toContainText(/Kursi\s*E5 \(Regular\), E6 \(Regular\)/);

  // A reload finds the hold again (its token is kept for this tab).
  await page.reload();
  await expect(page.locator('.summary-list')).toContainText('E5 (Regular), E6 (Regular)');

  // Errors beside the field, in words: a mistyped number, then a declined card.
  const number = page.getByLabel('Nomor kartu');
  await number.fill('4242 4242 4242 4241');
  await page.getByLabel('Masa berlaku').fill('1230');
  await expect(page.getByLabel('Masa berlaku')).toHaveValue('12/30');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: 'Bayar Rp 100.000' }).click();
  await expect(number).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Nomor kartu tidak valid.')).toBeVisible();
  await number.fill('4000 0000 0000 0002');
  await page.getByRole('button', { name: 'Bayar Rp 100.000' }).click();
  await expect(page.getByText('Kartu ditolak. Coba kartu lain.')).toBeVisible();

  await number.fill('4242424242424242');
  await expect(number).toHaveValue('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Bayar Rp 100.000' }).click();

  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan Anda terkonfirmasi' })).toBeVisible();
  const code = await shownBookingCode(page);
  const ticket = page.getByRole('region', { name: 'Tiket bioskop' });
  await expect(ticket).toContainText(/Kursi\s*E5, E6/);
  await expect(ticket.getByRole('img', { name: `Kode QR pesanan ${code}` })).toBeVisible();
  await expect(page.locator('.booking-facts')).toContainText('Lunas');
  await saveScreenshot(page, 'cinema-ticket');
});

test('a hold that runs out says so and leads back to the same seats', async ({ page }) => {
  // The browser's clock is jumped forward; the server's hold itself is left to run its own course.
  await page.clock.install();
  await openShowtime(page, 5, '14:45');
  await seat(page, 'G3').click();
  await seat(page, 'G4').click();
  await page.getByRole('button', { name: 'Tahan 2 kursi' }).click();
  await expect(page.locator('.hold-countdown-clock')).toHaveText(COUNTDOWN);

  await page.clock.fastForward('09:30');
  await expect(page.locator('.hold-countdown')).toContainText('Menit terakhir!');
  await expect(page.locator('.hold-countdown [role="status"]')).toHaveText(
    'Sisa waktu kurang dari satu menit. Selesaikan sekarang agar kursi tidak dilepas.',
  );
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('heading', { level: 1, name: 'Waktu penahanan habis' })).toBeVisible();
  await expect(page.getByText(/Kursi G3, G4 sudah dilepas/)).toBeVisible();

  await page.getByRole('button', { name: 'Pilih kursi lagi' }).click();
  await expect(page).toHaveURL(/\/v\/bioskop-braga\?date=.*event=/);
  await expect(seat(page, 'G3')).toHaveAttribute('aria-pressed', 'true');
  await expect(seat(page, 'G4')).toHaveAttribute('aria-pressed', 'true');
});

test('changing seats gives the hold back and returns to the map with the same seats chosen', async ({
  page,
}) => {
  await openShowtime(page, 5, '14:45');
  await seat(page, 'H5').click();
  await seat(page, 'H6').click();
  await page.getByRole('button', { name: 'Tahan 2 kursi' }).click();
  await expect(page.locator('.hold-countdown-clock')).toBeVisible();

  await page.getByRole('button', { name: 'Ubah kursi' }).click();
  await expect(page).toHaveURL(/\/v\/bioskop-braga\?date=.*event=/);
  // The seats were given back, so they are free to choose and chosen again.
  await expect(seat(page, 'H5')).toHaveAttribute('aria-pressed', 'true');
  await expect(seat(page, 'H6')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Tahan 2 kursi' })).toBeEnabled();
});
