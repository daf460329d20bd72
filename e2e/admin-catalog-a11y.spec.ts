import { expect, test } from '@playwright/test';
import { seriousViolations } from './a11y.js';
import { jakartaAt, venueIdOf } from './admin-api.js';
import { attachContact, eventsOf, holdSeats, openSeats } from './admin-holds.js';
import { DEMO, signIn, uniqueSuffix } from './helpers.js';

test('payments, venues, the layout editor and events have no serious accessibility violations', async ({
  page,
  request,
}) => {
  // Four full axe scans of large pages: a loaded machine needs more than the default 30 s.
  test.setTimeout(90_000);
  const venueId = await venueIdOf(request, 'priangan-trans');
  const [trip] = await eventsOf(request, venueId, jakartaAt(4, '00:00'));
  const [seat] = await openSeats(request, trip!.id, 1);
  const hold = await holdSeats(request, trip!.id, [seat!.id]);
  const { claimCode } = await attachContact(request, hold.holdToken, {
    name: `Tamu Aksesibel ${uniqueSuffix()}`,
    whatsapp: '0812 7000 6622',
  });

  await page.goto('/admin/payments');
  await signIn(page, DEMO.admin);
  await page.getByLabel('Kode klaim').fill(claimCode);
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.getByRole('button', { name: 'Konfirmasi pembayaran' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/venues');
  await page.getByRole('link', { name: 'Warung Nusantara', exact: true }).click();
  await page.getByRole('button', { name: 'Tambah meja' }).click();
  await page.getByText('Ubah data dan pengaturan tempat').click();
  await expect(page.getByRole('form', { name: 'Tambah meja' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/venues');
  await page.getByRole('link', { name: 'Bioskop Braga', exact: true }).click();
  await page.getByRole('link', { name: 'Studio 1', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Pratinjau untuk pelanggan' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.goto('/admin/events');
  await page.getByRole('button', { name: 'Jadwal baru' }).click();
  await page
    .getByRole('form', { name: 'Jadwal baru' })
    .getByRole('combobox', { name: 'Tempat' })
    .selectOption({ label: 'Priangan Trans' });
  await expect(page.getByLabel('Kota asal')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
