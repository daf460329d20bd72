import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.js';
import {
  BOOKING_URL,
  jakartaInstant,
  openVenue,
  trpcMutation,
  trpcQuery,
  venueBySlug,
  venueDate,
} from './web-helpers.js';

// Someone else books through the API between the page loading and the button press.

test('a table taken meanwhile refreshes the times and keeps the form', async ({ page, playwright }) => {
  const date = venueDate(5);
  await openVenue(page, 'Warung Nusantara');
  await page.getByLabel('Tanggal', { exact: true }).fill(date);
  await page.getByLabel('Jumlah tamu', { exact: true }).selectOption('8');
  await page.getByLabel('Area', { exact: true }).selectOption('VIP');
  const times = page.getByRole('group', { name: 'Jam kedatangan' });
  await times.getByRole('button', { name: /^13:00/ }).click();
  await page.getByLabel('Nama', { exact: true }).fill('Arisan Ibu-ibu');
  await page.getByLabel('Nomor WhatsApp', { exact: true }).fill('0812 7777 8888');

  // The VIP room has one table for eight; another guest takes it first.
  const other = await playwright.request.newContext({ baseURL: String(test.info().project.use.baseURL) });
  const warung = await venueBySlug(other, 'warung-nusantara');
  await trpcMutation(other, 'bookings.create', {
    venueId: warung.id,
    start: jakartaInstant(date, '13:00'),
    partySize: 8,
    area: 'VIP',
    contact: { name: 'Tamu lain', phone: '0812 0000 1111' },
  });
  await other.dispose();

  await page.getByRole('button', { name: 'Pesan meja' }).click();
  await expect(page.getByRole('alert')).toContainText('Meja untuk 8 orang pukul 13:00 baru saja terisi');
  await expect(times.getByRole('button', { name: /^13:00/ })).toBeDisabled();
  await expect(times.getByRole('button', { name: /^13:00/ })).toContainText('Penuh');
  await expect(page).not.toHaveURL(BOOKING_URL);

  await times.getByRole('button', { name: /^16:00/ }).click();
  await expect(page.getByLabel('Nama', { exact: true })).toHaveValue('Arisan Ibu-ibu');
  await page.getByRole('button', { name: 'Pesan meja' }).click();
  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.locator('.booking-facts')).toContainText(/16:00–17:30/);
});

test('a desk taken meanwhile is marked taken on the refreshed map', async ({ page, playwright }) => {
  const date = venueDate(8);
  await page.goto('/signin');
  await signIn(page, DEMO.customer);
  await expect(page.getByRole('link', { name: 'Pesanan saya' })).toBeVisible();
  await openVenue(page, 'Ruang Kerja Dago');
  await page.getByLabel('Tanggal', { exact: true }).fill(date);
  await page.getByLabel('Mulai', { exact: true }).selectOption({ label: '10:00' });
  await page.getByLabel('Selesai', { exact: true }).selectOption({ label: '12:00 (2 jam)' });
  const map = page.getByRole('group', { name: 'Denah Lantai 1' });
  await map.getByRole('button', { name: /^D7\b/ }).click();

  const other = await playwright.request.newContext({ baseURL: String(test.info().project.use.baseURL) });
  const dago = await venueBySlug(other, 'ruang-kerja-dago');
  const range = { start: jakartaInstant(date, '10:00'), end: jakartaInstant(date, '12:00') };
  const free = await trpcQuery<{ desks: { id: string; label: string }[] }>(other, 'availability.search', {
    venueId: dago.id,
    ...range,
  });
  const d7 = free.desks.find((desk) => desk.label === 'D7');
  await trpcMutation(other, 'bookings.create', {
    venueId: dago.id,
    resourceId: d7?.id,
    ...range,
    contact: { name: 'Tamu lain', phone: '0812 0000 2222' },
  });
  await other.dispose();

  await page.getByRole('button', { name: 'Pesan meja kerja' }).click();
  await expect(page.getByRole('alert')).toContainText('D7 baru saja dipesan orang lain');
  await expect(map.getByRole('button', { name: /^D7\b.*Terisi$/ })).toHaveAttribute('aria-disabled', 'true');
  await map.getByRole('button', { name: /^D8\b/ }).click();
  await page.getByRole('button', { name: 'Pesan meja kerja' }).click();
  await expect(page).toHaveURL(BOOKING_URL);
  await expect(page.locator('.booking-facts')).toContainText(/Meja kerja\s*D8/);
});
