import { expect, test } from '@playwright/test';
import { seriousViolations } from './a11y.js';
import { openShowtime, seat } from './web-seat-helpers.js';

test('the cinema seat map, its list view and the card payment page have no serious violations', async ({
  page,
}) => {
  await openShowtime(page, 4, '20:15');
  await seat(page, 'B4').click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByRole('button', { name: /^B4\b/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Tahan 1 kursi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selesaikan pembayaran' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // With every field in error, too.
  await page.getByRole('button', { name: /^Bayar/ }).click();
  await expect(page.getByLabel('Nomor kartu')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});
