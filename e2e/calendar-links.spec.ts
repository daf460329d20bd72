import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.js';
import { jakartaInstant, trpcMutation, venueBySlug, venueDate } from './web-helpers.js';

test('My bookings gives a private calendar link that a calendar app can read, and a new one replaces it', async ({
  page,
}) => {
  await page.goto('/signin');
  await signIn(page, DEMO.customer);
  await expect(page.getByText(`Masuk sebagai ${DEMO.customer.name}`)).toBeVisible();
  const warung = await venueBySlug(page.request, 'warung-nusantara');
  const { code } = await trpcMutation<{ code: string }>(page.request, 'bookings.create', {
    venueId: warung.id,
    start: jakartaInstant(venueDate(5), '19:00'),
    partySize: 2,
  });

  await page.goto('/my-bookings');
  const panel = page.getByRole('region', { name: 'Tautan kalender' });
  await panel.getByRole('button', { name: 'Buat tautan kalender' }).click();
  const link = panel.getByLabel('Tautan kalender pribadi');
  await expect(link).toHaveValue(/\/calendar\/me\/[a-z2-7]+\.ics$/);
  const first = await link.inputValue();

  // A calendar app fetches it with no cookie.
  const feed = await fetch(first);
  expect(feed.status).toBe(200);
  const text = await feed.text();
  expect(text).toContain(`Booking ${code}`);
  expect(text).toMatch(/DTSTART;TZID=Asia\/Jakarta:\d{8}T190000/);

  await panel.getByRole('button', { name: 'Buat tautan baru' }).click();
  await expect(link).not.toHaveValue(first);
  expect((await fetch(first)).status).toBe(401);
  expect((await fetch(await link.inputValue())).status).toBe(200);
});
