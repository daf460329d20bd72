import { expect, type Page, test } from '@playwright/test';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot, trpcQuery } from './web-helpers.js';

const openVenue = async (page: Page, name: string) => {
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Tempat' }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

interface StoredLayout {
  name: string;
  rows: number;
  cols: number;
  aisleCols: number[];
  blocked: string[];
  rowClasses: Record<string, string>;
  seatClasses: { name: string; priceMinor: number }[];
  seatCount: number;
}

test('an admin draws a bus with an aisle, a blocked seat and a better back row', async ({ page }) => {
  const name = `Bus Uji ${uniqueSuffix()}`;
  await page.goto('/admin/');
  await signIn(page, DEMO.admin);
  await openVenue(page, 'Priangan Trans');
  await page.getByRole('link', { name: 'Bus baru' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bus baru' })).toBeVisible();

  await page.getByLabel('Nama', { exact: true }).fill(name);
  await page.getByLabel('Baris', { exact: true }).fill('4');
  const preview = page.getByRole('region', { name: 'Pratinjau untuk pelanggan' });
  // Five columns with the aisle in the middle: four seats a row.
  await expect(preview).toContainText('16 kursi, 16 bisa dijual.');
  await page.getByRole('button', { name: 'Kursi 1A, baris 1 kolom 1', exact: true }).click();
  await expect(preview).toContainText('16 kursi, 15 bisa dijual.');
  await expect(page.getByRole('button', { name: 'Kursi 1A diblokir, baris 1 kolom 1' })).toBeVisible();

  // One more aisle and back again: seat letters skip it and come back.
  await page.getByRole('button', { name: 'Lorong kolom', exact: true }).click();
  await page.getByRole('button', { name: 'Kursi 2D, baris 2 kolom 5' }).click();
  await expect(preview).toContainText('12 kursi, 11 bisa dijual.');
  await page.getByRole('button', { name: 'Lorong, baris 2 kolom 5' }).click();
  await expect(preview).toContainText('16 kursi, 15 bisa dijual.');

  await page.getByRole('button', { name: 'Tambah kelas' }).click();
  await page.getByLabel('Nama kelas 2').fill('Sleeper');
  await page.getByLabel('Harga kelas 2').fill('40.000');
  await page.getByLabel('Kelas baris 4').selectOption('Sleeper');
  await expect(preview.getByRole('button', { name: /^4D.*Sleeper/ })).toBeVisible();
  await saveScreenshot(page, 'layout-editor');

  await page.getByRole('button', { name: 'Buat denah' }).click();
  await expect(page.getByText(`Denah ${name} disimpan.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: `Denah ${name}` })).toBeVisible();
  const layoutId = page.url().split('/').at(-1)!;
  const stored = await trpcQuery<StoredLayout>(page.request, 'admin.layouts.get', { id: layoutId });
  expect(stored).toMatchObject({
    name,
    rows: 4,
    cols: 5,
    aisleCols: [2],
    blocked: ['1A'],
    seatCount: 16,
    seatClasses: [
      { name: 'Reguler', priceMinor: 0 },
      { name: 'Sleeper', priceMinor: 40_000 },
    ],
  });
  expect(stored.rowClasses['3']).toBe('Sleeper');
});

test('a hall with events keeps its grid, and says so in words', async ({ page }) => {
  await page.goto('/admin/');
  await signIn(page, DEMO.admin);
  await openVenue(page, 'Bioskop Braga');
  await page.getByRole('link', { name: 'Studio 1', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Denah ini dipakai \d+ jadwal/ })).toBeVisible();
  await page.getByLabel('Baris', { exact: true }).fill('11');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /Denah ini sudah punya jadwal, jadi kursinya tidak bisa diubah\. Buat denah baru/,
  );
});
