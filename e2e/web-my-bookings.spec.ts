import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './helpers.js';
import { jakartaInstant, saveScreenshot, trpcMutation, venueBySlug, venueDate } from './web-helpers.js';

test('My bookings lists an upcoming booking, opens it, and cancels it after confirming', async ({ page }) => {
  await page.goto('/signin');
  await signIn(page, DEMO.customer);
  await expect(page.getByText(`Masuk sebagai ${DEMO.customer.name}`)).toBeVisible();

  // A reservation made earlier (through the API, as the signed-in customer).
  const warung = await venueBySlug(page.request, 'warung-nusantara');
  const { code } = await trpcMutation<{ code: string }>(page.request, 'bookings.create', {
    venueId: warung.id,
    start: jakartaInstant(venueDate(6), '13:00'),
    partySize: 2,
  });

  await page.getByRole('link', { name: 'Pesanan saya' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pesanan saya' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /Akan datang/ })).toHaveAttribute('aria-selected', 'true');
  const card = page.getByRole('article').filter({ hasText: code });
  await expect(card).toContainText('Menunggu');
  await card.getByRole('link', { name: 'Warung Nusantara' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Pesanan ${code}` })).toBeVisible();
  const history = page.getByRole('region', { name: 'Riwayat' });
  await expect(history).toContainText('Dibuat: Menunggu');
  await expect(history).toContainText(`oleh ${DEMO.customer.email}`);
  await expect(page.locator('.booking-facts')).toContainText(/Meja\s*T\d+/);

  // Cancelling asks first; backing out changes nothing.
  await page.getByRole('button', { name: 'Batalkan pesanan' }).click();
  const dialog = page.getByRole('dialog', { name: `Batalkan pesanan ${code}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Jangan batalkan' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.booking-facts')).toContainText('Menunggu');

  await page.getByRole('button', { name: 'Batalkan pesanan' }).click();
  await dialog.getByLabel('Alasan (opsional)', { exact: true }).fill('Rencana berubah');
  await dialog.getByRole('button', { name: 'Ya, batalkan' }).click();
  await expect(dialog).toBeHidden();
  const facts = page.locator('.booking-facts');
  await expect(facts).toContainText('Dibatalkan');
  await expect(facts).toContainText('Dibatalkan oleh pemesan — Rencana berubah');
  await expect(history).toContainText('Menunggu → Dibatalkan');
  await expect(page.getByRole('button', { name: 'Batalkan pesanan' })).toHaveCount(0);
  await saveScreenshot(page, 'my-bookings-cancelled');

  await page.getByRole('link', { name: 'Pesanan saya' }).first().click();
  await expect(page.getByRole('article').filter({ hasText: code })).toContainText('Dibatalkan');
});
