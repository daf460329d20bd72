import { expect, type Page, test } from '@playwright/test';
import { createBooking, venueIdOf } from './admin-api.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot, trpcQuery, venueDate } from './web-helpers.js';

interface HotelAvailability {
  roomTypes: { type: string; freeCount: number }[];
}

/** How many rooms of `type` customers can book for one night `daysAhead` from today. */
async function freeRooms(page: Page, venueId: string, type: string, daysAhead: number) {
  const found = await trpcQuery<HotelAvailability>(page.request, 'availability.search', {
    venueId,
    checkIn: venueDate(daysAhead),
    checkOut: venueDate(daysAhead + 1),
    guests: 2,
  });
  return found.roomTypes.find((room) => room.type === type)?.freeCount ?? 0;
}

const openHotel = async (page: Page) => {
  await page.goto('/admin/');
  await signIn(page, DEMO.admin);
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Tempat' }).click();
  await page.getByRole('link', { name: 'Hotel Priangan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Priangan' })).toBeVisible();
  return page.getByRole('region', { name: 'Kamar' });
};

const roomRow = (page: Page, label: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });

test('a room set to maintenance leaves hotel availability', async ({ page }) => {
  const venueId = await venueIdOf(page.request, 'hotel-priangan');
  const before = await freeRooms(page, venueId, 'Standard', 30);

  const rooms = await openHotel(page);
  const row = roomRow(page, '103');
  await expect(row).toContainText('Standard');
  await expect(row).toContainText('Tersedia');
  await row.getByRole('button', { name: 'Ubah 103' }).click();
  const form = rooms.getByRole('form', { name: 'Ubah 103' });
  await expect(form.getByLabel('Harga per malam')).toHaveValue('450000');
  await form.getByLabel('Status').selectOption({ label: 'Perawatan' });
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(rooms.getByRole('status').filter({ hasText: '103 disimpan.' })).toBeVisible();
  await expect(row).toContainText('Perawatan');
  await saveScreenshot(page, 'hotel-rooms');

  expect(await freeRooms(page, venueId, 'Standard', 30)).toBe(before - 1);
});

test('a booked room cannot be deleted; the refusal offers maintenance instead', async ({ page }) => {
  const venueId = await venueIdOf(page.request, 'hotel-priangan');
  const booking = await createBooking(page.request, {
    venueId,
    name: `Tamu Suite ${uniqueSuffix()}`,
    checkIn: venueDate(33),
    checkOut: venueDate(34),
    partySize: 2,
    roomType: 'Suite',
  });
  const suite = booking.items[0]!.label;
  const before = await freeRooms(page, venueId, 'Suite', 40);

  await openHotel(page);
  const row = roomRow(page, suite);
  await expect(row).toContainText('Suite');
  await row.getByRole('button', { name: `Hapus ${suite}` }).click();
  await row.getByRole('button', { name: `Ya, hapus ${suite}` }).click();
  const refusal = row.getByRole('alert');
  await expect(refusal).toContainText(`${suite} masih punya pemesanan mendatang, jadi tidak bisa dihapus.`);
  await refusal.getByRole('button', { name: `Jadikan ${suite} dalam perawatan` }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `${suite} sekarang dalam perawatan dan tidak bisa dipesan.` }),
  ).toBeVisible();
  await expect(row).toContainText('Perawatan');
  // The booking stands; new guests cannot have the room.
  expect(await freeRooms(page, venueId, 'Suite', 40)).toBe(before - 1);
});

test('an admin opens a new cinema with its own hold settings; a taken slug is named on its field', async ({
  page,
}) => {
  const name = `Bioskop Dago ${uniqueSuffix()}`;
  await page.goto('/admin/venues');
  await signIn(page, DEMO.admin);
  await page.getByRole('link', { name: 'Tempat baru' }).click();
  await page.getByLabel('Nama', { exact: true }).fill(name);
  // The slug follows the name until it is edited.
  await expect(page.getByLabel('Slug (alamat)')).toHaveValue(name.toLowerCase().replaceAll(' ', '-'));
  await page.getByLabel('Jenis').selectOption({ label: 'Bioskop' });
  await page.getByLabel('Kota').fill('Bandung');
  await page.getByLabel('WhatsApp').fill('0812 2000 3344');
  await page.getByLabel('Lama penahanan kursi (menit)').fill('90');
  await page.getByRole('button', { name: 'Buat tempat' }).click();
  await expect(page.getByText('Isi bilangan bulat dari 1 sampai 60.')).toBeVisible();
  await expect(page.getByLabel('Lama penahanan kursi (menit)')).toBeFocused();
  await page.getByLabel('Lama penahanan kursi (menit)').fill('7');
  await page.getByRole('button', { name: 'Buat tempat' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Studio', exact: true })).toBeVisible();
  await expect(page.getByText('Belum ada denah.')).toBeVisible();
  await page.getByText('Ubah data dan pengaturan tempat').click();
  await expect(page.getByLabel('Lama penahanan kursi (menit)')).toHaveValue('7');
  await expect(page.getByLabel('WhatsApp')).toHaveValue('+6281220003344');
  await page.getByLabel('Slug (alamat)').fill('bioskop-braga');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Slug ini sudah dipakai tempat lain.')).toBeVisible();
  await expect(page.getByLabel('Slug (alamat)')).toHaveAttribute('aria-invalid', 'true');
});
