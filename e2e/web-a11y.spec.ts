import { expect, test } from '@playwright/test';
import { seriousViolations } from './a11y.js';
import { openVenue, venueDate } from './web-helpers.js';

test('the home page has no serious accessibility violations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Restoran', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the restaurant booking form, with times and contact, has no serious violations', async ({ page }) => {
  await openVenue(page, 'Warung Nusantara');
  await page.getByLabel('Tanggal', { exact: true }).fill(venueDate(3));
  await page
    .getByRole('group', { name: 'Jam kedatangan' })
    .getByRole('button', { name: /^12:30/ })
    .click();
  await page.getByRole('button', { name: 'Pesan meja' }).click();
  await expect(page.getByLabel('Nama', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the coworking floor map and its list view have no serious violations', async ({ page }) => {
  await openVenue(page, 'Ruang Kerja Dago');
  await page.getByLabel('Tanggal', { exact: true }).fill(venueDate(3));
  const map = page.getByRole('group', { name: 'Denah Lantai 1' });
  await map.getByRole('button', { name: /^D4\b/ }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByRole('button', { name: /^D4\b/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});
