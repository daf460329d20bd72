import { expect, test } from '@playwright/test';
import { seriousViolations } from './a11y.js';
import { createBooking, jakartaAt, venueIdOf } from './admin-api.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';

test('the dashboard and the bookings desk have no serious accessibility violations', async ({
  page,
  request,
}) => {
  const venueId = await venueIdOf(request, 'warung-nusantara');
  const booking = await createBooking(request, {
    venueId,
    name: `Tamu Aksesibel ${uniqueSuffix()}`,
    start: jakartaAt(2, '18:00'),
    partySize: 2,
  });

  await page.goto('/admin/');
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('figure', { name: 'Okupansi per tempat' }).locator('svg')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Pemesanan per hari menurut status' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Pemesanan' }).click();
  await expect(page.getByRole('button', { name: `Buka detail ${booking.code}` })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: `Buka detail ${booking.code}` }).click();
  const drawer = page.getByRole('dialog', { name: `Pemesanan ${booking.code}` });
  await expect(drawer.getByRole('region', { name: 'Riwayat' })).toBeVisible();
  await drawer.getByRole('button', { name: 'Batalkan…' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});
