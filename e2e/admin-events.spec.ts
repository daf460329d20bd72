import { expect, type Page, test } from '@playwright/test';
import { venueIdOf } from './admin-api.js';
import { eventsOf, holdSeats, openSeats, payByCard } from './admin-holds.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { jakartaInstant, saveScreenshot, venueDate } from './web-helpers.js';

/** Fills the new-showtime form for the demo hall; the caller submits. */
async function draftShowtime(page: Page, film: string, day: string, start: string, end: string) {
  const form = page.getByRole('form', { name: 'Jadwal baru' });
  await form.getByLabel('Tempat').selectOption({ label: 'Bioskop Braga' });
  await form.getByLabel('Studio').selectOption({ label: 'Studio 1 (120 kursi)' });
  await form.getByLabel('Film').fill(film);
  await form.getByLabel('Mulai').fill(`${day}T${start}`);
  await form.getByLabel('Selesai').fill(`${day}T${end}`);
  await form.getByLabel('Harga').fill('60.000');
  return form;
}

test('a cancelled showtime refunds every paid booking, and the progress shows it live', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const suffix = uniqueSuffix();
  const film = `Film Uji ${suffix}`;
  // Far ahead, in the morning: no demo showtime is there.
  const day = venueDate(45);

  await page.goto('/admin/events');
  await signIn(page, DEMO.admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwal' })).toBeVisible();
  await page.getByRole('button', { name: 'Jadwal baru' }).click();
  await (await draftShowtime(page, film, day, '09:00', '10:50'))
    .getByRole('button', { name: 'Buat jadwal' })
    .click();
  await expect(page.getByText(`${film} disimpan.`)).toBeVisible();

  // The same hall at an overlapping time is refused, beside the start.
  await page.getByRole('button', { name: 'Jadwal baru' }).click();
  const clash = await draftShowtime(page, `${film} bentrok`, day, '10:30', '12:00');
  await clash.getByRole('button', { name: 'Buat jadwal' }).click();
  await expect(clash.getByLabel('Mulai')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    clash.getByText('Sudah ada jadwal lain di denah ini pada waktu itu. Pilih waktu lain.'),
  ).toBeVisible();
  await clash.getByRole('button', { name: 'Batal' }).click();

  // Three customers pay by card.
  const venueId = await venueIdOf(request, 'bioskop-braga');
  const showtime = (await eventsOf(request, venueId, jakartaInstant(day, '00:00'))).find(
    (e) => e.title === film,
  );
  expect(showtime).toBeDefined();
  const seats = await openSeats(request, showtime!.id, 3);
  for (const [index, seat] of seats.entries()) {
    const hold = await holdSeats(request, showtime!.id, [seat.id]);
    const booking = await payByCard(request, hold.holdToken, `e2e-${suffix}-${index}`);
    expect(booking).toMatchObject({ status: 'CONFIRMED', paymentStatus: 'PAID' });
  }

  await page.getByLabel('Tempat').selectOption({ label: 'Bioskop Braga · Bioskop' });
  await page.getByLabel('Dari tanggal').fill(day);
  const row = page.getByRole('row', { name: new RegExp(film) });
  await expect(row).toContainText('Terjadwal');
  await expect(row.getByRole('cell').nth(3)).toHaveText('3');

  await row.getByRole('button', { name: `Batalkan… ${film}` }).click();
  const dialog = page.getByRole('dialog', { name: `Batalkan ${film}?` });
  await expect(dialog).toContainText('3 pemesanan aktif akan dibatalkan');
  await dialog.getByRole('button', { name: 'Ya, batalkan jadwal' }).click();
  await expect(dialog.getByText('Wajib diisi.')).toBeVisible();
  await dialog.getByLabel('Alasan').fill('Proyektor rusak');
  await dialog.getByRole('button', { name: 'Ya, batalkan jadwal' }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByRole('region', { name: `Pengembalian dana: ${film}` });
  await expect(panel).toContainText('Dibatalkan: 3 pemesanan');
  const bar = panel.getByRole('progressbar', { name: 'Kemajuan pengembalian dana' });
  await expect(bar).toHaveAttribute('aria-valuemax', '3');
  // The worker refunds in the background; the panel asks every 2 seconds until none is pending.
  await expect(panel.getByRole('status')).toHaveText('Semua 3 pembayaran sudah dikembalikan.', {
    timeout: 60_000,
  });
  await expect(bar).toHaveAttribute('aria-valuenow', '3');
  await expect(panel.getByRole('button', { name: /Coba lagi/ })).toHaveCount(0);
  await expect(row).toContainText('Dibatalkan');
  await saveScreenshot(page, 'event-refunds');
});
