import { expect, type Locator, type Page, test } from '@playwright/test';
import { createBooking, jakartaAt, venueIdOf } from './admin-api.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot } from './web-helpers.js';

const openDesk = async (page: Page) => {
  await page.goto('/admin/bookings');
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('heading', { level: 1, name: 'Pemesanan' })).toBeVisible();
};

const openDrawer = async (page: Page, code: string) => {
  await page.getByRole('button', { name: `Buka detail ${code}` }).click();
  const drawer = page.getByRole('dialog', { name: `Pemesanan ${code}` });
  await expect(drawer).toBeVisible();
  return drawer;
};

/** The drawer's status badge and its history: `entries` changes so far, the last one reading `last`. */
async function expectState(drawer: Locator, status: string, entries: number, last: RegExp | string) {
  await expect(drawer.getByText(status, { exact: true })).toBeVisible();
  const history = drawer.getByRole('region', { name: 'Riwayat' }).getByRole('listitem');
  await expect(history).toHaveCount(entries);
  await expect(history.last()).toContainText(last);
}

test('a restaurant reservation goes from PENDING to COMPLETED through the desk', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const venueId = await venueIdOf(request, 'warung-nusantara');
  const guest = `Tamu Malam ${suffix}`;
  const booking = await createBooking(request, {
    venueId,
    name: guest,
    start: jakartaAt(5, '19:00'),
    partySize: 2,
  });
  expect(booking.status).toBe('PENDING');
  const firstTable = booking.items[0]!.label;
  expect(firstTable).not.toBe('T3');
  // A party of four at noon sits at T3, so the picker knows that table (see use-assign-candidates.ts).
  await createBooking(request, {
    venueId,
    name: `Tamu Siang ${suffix}`,
    start: jakartaAt(5, '12:00'),
    partySize: 4,
  });

  await openDesk(page);
  await page.getByLabel('Cari nama, telepon atau kode').fill(guest);
  const row = page.getByRole('row', { name: new RegExp(booking.code) });
  await expect(row).toContainText('Menunggu');
  await expect(row).toContainText('Warung Nusantara');
  await expect(row).toContainText(firstTable);
  await expect(page.getByText('1 pemesanan', { exact: true })).toBeVisible();

  const drawer = await openDrawer(page, booking.code);
  await expectState(drawer, 'Menunggu', 1, 'Dibuat: Menunggu');
  await expect(drawer.getByText(guest)).toBeVisible();
  await expect(drawer.getByText('Belum dibayar', { exact: true })).toBeVisible();
  // Only what PENDING allows.
  await expect(drawer.getByRole('button', { name: 'Check-in' })).toHaveCount(0);
  await expect(drawer.getByRole('button', { name: 'Selesai' })).toHaveCount(0);

  await drawer.getByRole('button', { name: 'Konfirmasi' }).click();
  await expectState(drawer, 'Terkonfirmasi', 2, /Menunggu → Terkonfirmasi.*oleh staff@reserva\.test/);
  await expect(drawer.getByRole('button', { name: 'Konfirmasi' })).toHaveCount(0);
  await saveScreenshot(page, 'booking-drawer');

  const picker = drawer.getByLabel('Tetapkan atau pindahkan: Meja');
  await expect(picker.locator('option', { hasText: new RegExp(`^${firstTable} ·`) })).toContainText(
    'sekarang',
  );
  const t3 = await picker.locator('option', { hasText: /^T3 ·/ }).getAttribute('value');
  await picker.selectOption(t3!);
  await drawer.getByRole('button', { name: 'Tetapkan', exact: true }).click();
  await expect(drawer.getByText('Sekarang di T3.')).toBeVisible();
  await expectState(drawer, 'Terkonfirmasi', 3, `assigned T3 (was ${firstTable})`);
  await expect(drawer.getByText('T3', { exact: true })).toBeVisible();
  await drawer.getByRole('button', { name: 'Tutup' }).click();
  await expect(drawer).toBeHidden();
  await expect(row).toContainText('T3');
  await saveScreenshot(page, 'bookings-desk');

  // The front desk types (or scans) the code, in any case, and presses Enter.
  const checkIn = page.getByLabel('Check-in dengan kode pemesanan');
  await checkIn.fill(booking.code.toLowerCase());
  await checkIn.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in berhasil' })).toHaveText(
    `Check-in berhasil: ${guest} (${booking.code}).`,
  );
  await expect(row).toContainText('Sudah check-in');
  await expect(checkIn).toHaveValue('');
  await expect(checkIn).toBeFocused();
  // Errors come in words: the same code again, and a code nobody has.
  await checkIn.fill(booking.code);
  await checkIn.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Pemesanan berstatus Sudah check-in tidak bisa menjadi Sudah check-in.',
  );
  await checkIn.fill('BK-ZZZZZZ');
  await checkIn.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Tidak ada pemesanan dengan kode BK-ZZZZZZ.');

  const again = await openDrawer(page, booking.code);
  await expectState(again, 'Sudah check-in', 4, 'Terkonfirmasi → Sudah check-in');
  await again.getByRole('button', { name: 'Selesai' }).click();
  await expectState(again, 'Selesai', 5, 'Sudah check-in → Selesai');
  await expect(again.getByText('Tidak ada tindakan lagi untuk pemesanan ini.')).toBeVisible();
  await expect(again.getByRole('button', { name: 'Batalkan…' })).toHaveCount(0);
  await again.press('Escape');
  await expect(row).toContainText('Selesai');
});

test('cancelling asks for a reason and a description; the table sorts by start both ways', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const venueId = await venueIdOf(request, 'warung-nusantara');
  const early = await createBooking(request, {
    venueId,
    name: `Rombongan ${suffix} A`,
    start: jakartaAt(6, '11:30'),
    partySize: 3,
  });
  const late = await createBooking(request, {
    venueId,
    name: `Rombongan ${suffix} B`,
    start: jakartaAt(6, '20:00'),
    partySize: 3,
  });

  await openDesk(page);
  await page.getByLabel('Cari nama, telepon atau kode').fill(`Rombongan ${suffix}`);
  const table = page.getByRole('table');
  const codes = table.getByRole('rowheader');
  await expect(codes).toHaveText([early.code, late.code]);
  await table.getByRole('button', { name: /Mulai/ }).click();
  await expect(table.getByRole('columnheader', { name: /Mulai/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(codes).toHaveText([late.code, early.code]);

  const drawer = await openDrawer(page, late.code);
  await drawer.getByRole('button', { name: 'Batalkan…' }).click();
  await drawer.getByRole('button', { name: 'Ya, batalkan' }).click();
  await expect(drawer.getByLabel('Alasan')).toHaveAttribute('aria-invalid', 'true');
  await expect(drawer.getByText('Wajib diisi.')).toHaveCount(2);
  await drawer.getByLabel('Alasan').selectOption({ label: 'Dibatalkan oleh pemesan' });
  await drawer.getByLabel('Keterangan').fill('Tamu menelepon, acara diundur');
  await drawer.getByRole('button', { name: 'Ya, batalkan' }).click();
  await expectState(drawer, 'Dibatalkan', 2, 'CUSTOMER_REQUEST: Tamu menelepon, acara diundur');
  await expect(drawer.getByText('Dibatalkan oleh pemesan — Tamu menelepon, acara diundur')).toBeVisible();
  await expect(drawer.getByText('Tidak ada tindakan lagi untuk pemesanan ini.')).toBeVisible();
});
