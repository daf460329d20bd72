import { expect, test } from '@playwright/test';
import { createBooking, freeDesk, jakartaAt, venueIdOf } from './admin-api.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot, trpcMutation, venueDate } from './web-helpers.js';

test('the dashboard draws bookings, revenue and occupancy for the demo venues', async ({ page, request }) => {
  // The demo seed has venues and no bookings: a week of guests makes the charts worth drawing.
  const suffix = uniqueSuffix();
  const restaurant = await venueIdOf(request, 'warung-nusantara');
  const coworking = await venueIdOf(request, 'ruang-kerja-dago');
  const hotel = await venueIdOf(request, 'hotel-priangan');
  const meals = [];
  for (let day = 1; day <= 6; day++) {
    for (const time of ['12:00', '13:30'].slice(0, 1 + (day % 2))) {
      meals.push(
        await createBooking(request, {
          venueId: restaurant,
          name: `Makan ${suffix} ${day}`,
          start: jakartaAt(day, time),
          partySize: 2,
        }),
      );
    }
  }
  for (let day = 1; day <= 3; day++) {
    const start = jakartaAt(day, '09:00');
    const end = jakartaAt(day, '12:00');
    await createBooking(request, {
      venueId: coworking,
      name: `Kerja ${suffix} ${day}`,
      start,
      end,
      resourceId: await freeDesk(request, coworking, start, end),
    });
  }
  await createBooking(request, {
    venueId: hotel,
    name: `Inap ${suffix}`,
    checkIn: venueDate(2),
    checkOut: venueDate(4),
    partySize: 2,
    roomType: 'Standard',
  });

  await page.goto('/admin/');
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor' })).toBeVisible();
  // A few desk decisions, so the stacks have more than one colour.
  await trpcMutation(page.request, 'staff.bookings.confirm', { id: meals[0]!.id });
  await trpcMutation(page.request, 'staff.bookings.confirm', { id: meals[1]!.id });
  await trpcMutation(page.request, 'staff.bookings.cancel', {
    id: meals[2]!.id,
    reasonCode: 'CUSTOMER_REQUEST',
    description: 'Batal',
  });
  await page.reload();

  const perDay = page.getByRole('figure', { name: 'Pemesanan per hari menurut status' });
  const revenue = page.getByRole('figure', { name: 'Pendapatan per hari' });
  const occupancy = page.getByRole('figure', { name: 'Okupansi per tempat' });
  await expect(perDay.locator('svg rect.bar').first()).toBeVisible();
  expect(await perDay.locator('svg rect.bar').count()).toBeGreaterThanOrEqual(6);
  for (const status of ['Menunggu', 'Terkonfirmasi', 'Dibatalkan']) {
    await expect(perDay.getByRole('listitem').filter({ hasText: status })).toBeVisible();
  }
  await expect(occupancy.locator('svg rect.bar')).toHaveCount(3);
  await expect(occupancy.getByRole('img')).toHaveAccessibleDescription(/Okupansi tiap tempat/);
  // Nothing can be paid yet (payments arrive with the next API wave): the chart says so instead of lying.
  await expect(revenue.getByRole('img')).toHaveAccessibleDescription(/Belum ada pendapatan/);

  const total = page.getByRole('definition').first();
  const totalOf = async () => Number((await total.textContent())?.replace(/\D/g, ''));
  await expect.poll(totalOf).toBeGreaterThanOrEqual(13);
  const everywhere = await totalOf();
  await saveScreenshot(page, 'dashboard');

  // The table fallback holds the same numbers; a venue filter narrows cards and days to that venue.
  await perDay.getByText('Tampilkan sebagai tabel').click();
  await expect(perDay.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await page.getByLabel('Tempat', { exact: true }).selectOption({ label: 'Ruang Kerja Dago · Coworking' });
  await expect.poll(totalOf).toBeLessThan(everywhere);
  expect(await totalOf()).toBeGreaterThanOrEqual(3);
  await expect(perDay.getByRole('listitem').filter({ hasText: 'Terkonfirmasi' })).toBeVisible();

  // The panel's own strings come in English too.
  await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
  await expect(page.getByRole('figure', { name: 'Bookings per day by status' })).toBeVisible();
  await expect(
    page.getByRole('figure', { name: 'Occupancy by venue' }).getByRole('img'),
  ).toHaveAccessibleDescription(/Occupancy of each venue/);
  await expect(page.getByText('Total bookings')).toBeVisible();
});
