import { expect, test } from '@playwright/test';
import { jakartaAt, venueIdOf } from './admin-api.js';
import { attachContact, eventsOf, holdSeats, openSeats } from './admin-holds.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot } from './web-helpers.js';

test('a bus hold paid at the counter is confirmed by its claim code and gets a booking code', async ({
  page,
  request,
}) => {
  const suffix = uniqueSuffix();
  const name = `Penumpang ${suffix}`;
  const venueId = await venueIdOf(request, 'priangan-trans');
  const [trip] = await eventsOf(request, venueId, jakartaAt(3, '00:00'));
  const seats = await openSeats(request, trip!.id, 2);
  const hold = await holdSeats(
    request,
    trip!.id,
    seats.map((seat) => seat.id),
  );
  const { claimCode } = await attachContact(request, hold.holdToken, { name, whatsapp: '0812 7000 5511' });
  expect(claimCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  await page.goto('/admin/payments');
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('heading', { level: 1, name: 'Pembayaran' })).toBeVisible();

  // The open holds list shows who to call while the money is on its way.
  const openHolds = page.getByRole('region', { name: 'Penahanan terbuka' });
  const openRow = openHolds.getByRole('row', { name: new RegExp(name) });
  await expect(openRow).toContainText('+6281270005511');
  await expect(openRow.getByRole('link', { name: '+6281270005511' })).toHaveAttribute(
    'href',
    'https://wa.me/6281270005511',
  );

  const field = page.getByLabel('Kode klaim');
  // Errors in words: not a code at all, and a code nobody has.
  await field.fill('abc');
  await field.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Masukkan kode klaim' })).toBeVisible();
  await field.fill('zzzz-zzzz');
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.getByText('Tidak ada penahanan dengan kode klaim ZZZZ-ZZZZ.')).toBeVisible();

  // Typed as people read it out: lower case, no dash.
  await field.fill(claimCode.replace('-', '').toLowerCase());
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(field).toHaveValue(claimCode);
  const card = page.getByRole('region', { name: `Penahanan ${claimCode}` });
  await expect(card).toContainText(trip!.title);
  await expect(card).toContainText(name);
  for (const seat of seats) await expect(card).toContainText(seat.label);
  await expect(card.getByRole('link', { name: 'WhatsApp +6281270005511' })).toHaveAttribute(
    'href',
    'https://wa.me/6281270005511',
  );
  await expect(card.locator('time.time-left')).toHaveText(/^\d{2}:\d{2} lagi/);
  await saveScreenshot(page, 'offline-payment-hold');

  await card.getByRole('button', { name: 'Konfirmasi pembayaran' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Pembayaran dikonfirmasi' })).toContainText(name);
  const code = (await card.locator('.booking-code-value').textContent())?.trim() ?? '';
  expect(code).toMatch(/^BK-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(card.getByRole('button', { name: 'Salin kode' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Konfirmasi pembayaran' })).toHaveCount(0);
  // Paid: it leaves the open holds, and the desk finds it by its booking code, confirmed and paid.
  await expect(openHolds.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Pemesanan' }).click();
  await page.getByLabel('Cari nama, telepon atau kode').fill(code);
  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Terkonfirmasi');
  await expect(row).toContainText(seats[0]!.label);
});
