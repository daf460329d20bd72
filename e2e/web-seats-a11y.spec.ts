import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openShowtime, seat } from './web-seat-helpers.js';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious).toEqual([]);
}

test('the cinema seat map, its list view and the card payment page have no serious violations', async ({
  page,
}) => {
  await openShowtime(page, 4, '20:15');
  await seat(page, 'B4').click();
  await expectNoSeriousViolations(page);
  await page.getByRole('button', { name: 'Daftar' }).click();
  await expect(page.getByRole('button', { name: /^B4\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Tahan 1 kursi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Selesaikan pembayaran' })).toBeVisible();
  await expectNoSeriousViolations(page);
  // With every field in error, too.
  await page.getByRole('button', { name: /^Bayar/ }).click();
  await expect(page.getByLabel('Nomor kartu')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);
});
