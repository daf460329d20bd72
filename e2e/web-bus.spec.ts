import { expect, test } from '@playwright/test';
import { registerCustomer, uniqueSuffix } from './helpers.js';
import {
  BOOKING_URL,
  jakartaInstant,
  openVenue,
  saveScreenshot,
  shownBookingCode,
  trpcMutation,
  trpcQuery,
  venueBySlug,
  venueDate,
} from './web-helpers.js';
import { anotherClient, COUNTDOWN, confirmAsStaff, seat } from './web-seat-helpers.js';

const CLAIM_CODE = /^[0-9A-Z]{4}-[0-9A-Z]{4}$/;

test('a customer holds bus seats, gets a claim code, and the waiting page turns into the ticket when staff confirm', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  await registerCustomer(page, { name: `Rina ${suffix}`, email: `rina-${suffix}@example.id` });
  await openVenue(page, 'Priangan Trans');
  await expect(page.getByLabel('Dari', { exact: true })).toHaveValue('Bandung');
  await expect(page.getByLabel('Ke', { exact: true })).toHaveValue('Jakarta');
  await page.getByLabel('Tanggal', { exact: true }).fill(venueDate(2));

  const trip = page.getByRole('listitem').filter({ hasText: /^14:00\D+17:00/ });
  await expect(trip).toContainText('Eksekutif');
  await expect(trip).toContainText('Rp 150.000');
  await expect(trip).toContainText(/\d+ kursi kosong/);
  await trip.getByRole('button', { name: 'Pilih bus 14:00 Executive' }).click();

  await expect(page.getByText('SOPIR')).toBeVisible();
  await expect(seat(page, '1A')).toHaveAccessibleName(/^1A\s?, Jendela · Rp\s150\.000, Kosong$/);
  await seat(page, '1A').click();
  await seat(page, '1B').click();
  await page.getByRole('button', { name: 'Tahan 2 kursi' }).click();

  await expect(page).toHaveURL(/\/hold$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Isi data pemesan' })).toBeVisible();
  await expect(page.getByLabel('Nama', { exact: true })).toHaveValue(`Rina ${suffix}`);
  await page.getByLabel('Nomor WhatsApp', { exact: true }).fill('0812 5555 7777');
  await page.getByRole('button', { name: 'Dapatkan kode klaim' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Bayar ke operator' })).toBeVisible();
  const claimCode = ((await page.locator('.claim-code-value').textContent()) ?? '').trim();
  expect(claimCode).toMatch(CLAIM_CODE);
  const chat = page.getByRole('link', { name: 'Chat operator di WhatsApp' });
  await expect(chat).toHaveAttribute(
    'href',
    new RegExp(`^https://wa\\.me/6281322200150\\?text=.*${claimCode}`),
  );
  await expect(page.getByText('Menunggu konfirmasi pembayaran dari operator…')).toBeVisible();
  await expect(page.locator('.hold-countdown-clock')).toHaveText(COUNTDOWN);
  await saveScreenshot(page, 'bus-waiting');

  // The operator saw the money: staff confirm over the API, and this page follows without a reload.
  const staff = await anotherClient();
  const confirmed = await confirmAsStaff(staff, claimCode);
  await staff.dispose();
  await expect(page).toHaveURL(BOOKING_URL);
  expect(await shownBookingCode(page)).toBe(confirmed.code);
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan Anda terkonfirmasi' })).toBeVisible();
  const ticket = page.getByRole('region', { name: 'Tiket bus' });
  await expect(ticket).toContainText(/Kursi\s*1A, 1B/);
  await expect(ticket.getByRole('img', { name: `Kode QR pesanan ${confirmed.code}` })).toBeVisible();
  await saveScreenshot(page, 'bus-ticket');
});

test('another device picks up a bus hold with its claim code', async ({ browser }) => {
  // The hold is made elsewhere (a phone): over the API, sharing nothing with the browser below.
  const phone = await anotherClient();
  const priangan = await venueBySlug(phone, 'priangan-trans');
  const [trip] = await trpcQuery<{ id: string }[]>(phone, 'events.list', {
    venueId: priangan.id,
    origin: 'Bandung',
    destination: 'Jakarta',
    from: jakartaInstant(venueDate(4), '00:00'),
  });
  const map = await trpcQuery<{ seats: { id: string; label: string }[] }>(phone, 'events.seatMap', {
    eventId: trip!.id,
  });
  const seatIds = map.seats.filter((one) => ['3A', '3B'].includes(one.label)).map((one) => one.id);
  const hold = await trpcMutation<{ holdToken: string }>(phone, 'holds.create', {
    eventId: trip!.id,
    seatIds,
  });
  const { claimCode } = await trpcMutation<{ claimCode: string }>(phone, 'holds.attachContact', {
    holdToken: hold.holdToken,
    name: 'Budi Pindah',
    whatsapp: '0812 4444 9999',
  });

  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await page.goto('/v/priangan-trans');
  await page.getByRole('link', { name: 'Saya punya kode klaim' }).click();
  await expect(page).toHaveURL(/\/claim$/);
  const field = page.getByLabel('Kode klaim', { exact: true });
  await field.fill('zzzz');
  await page.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(page.getByText('Masukkan kode seperti A1B2-C3D4.')).toBeVisible();
  // Typed as read out over the phone: lower case, no dash.
  await field.fill(claimCode.replace('-', '').toLowerCase());
  await page.getByRole('button', { name: 'Lanjutkan' }).click();

  await expect(page).toHaveURL(/\/hold$/);
  await expect(page.locator('.summary-list')).toContainText(/Kursi\s*3A, 3B/);
  await expect(page.locator('.hold-countdown-clock')).toHaveText(COUNTDOWN);
  await expect(page.locator('.claim-code-value')).toHaveText(claimCode);
  await expect(page.getByRole('link', { name: 'Chat operator di WhatsApp' })).toHaveAttribute(
    'href',
    /Budi%20Pindah/,
  );

  // The hold moved: the phone's token no longer reaches it.
  const old = await phone.get(
    `/trpc/holds.get?input=${encodeURIComponent(JSON.stringify({ holdToken: hold.holdToken }))}`,
  );
  expect(old.status()).toBe(404);
  await phone.dispose();
  await laptop.close();
});
