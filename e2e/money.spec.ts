import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { seriousViolations } from './a11y.js';
import { createBooking, jakartaAt, venueIdOf } from './admin-api.js';
import { DEMO, registerCustomer, signIn, uniqueSuffix } from './helpers.js';
import { saveScreenshot, trpcMutation, trpcQuery } from './web-helpers.js';
import { anotherClient } from './web-seat-helpers.js';

/** Rupiah as the shared formatter prints it (`Rp 100.000`, with a no-break space). */
const rp = (minor: number) => `Rp\u00a0${minor.toLocaleString('id-ID')}`;

interface Timeline {
  paymentStatus: string;
  paidMinor: number;
  refundedMinor: number;
  refundPendingMinor: number;
  feesKeptMinor: number;
  netMinor: number;
  tax: { label: string; percent: number; amountMinor: number } | null;
  entries: {
    kind: string;
    amountMinor: number;
    status: string;
    method: string | null;
    reference: string | null;
  }[];
}

interface Money {
  grossMinor: number;
  refundedMinor: number;
  feesKeptMinor: number;
  netMinor: number;
}
interface Stats extends Money {
  byVenue: (Money & { venueId: string; venueName: string })[];
}

const signedInAs = async (who: { email: string; password: string }): Promise<APIRequestContext> => {
  const client = await anotherClient();
  await trpcMutation(client, 'auth.login', { email: who.email, password: who.password });
  return client;
};

/** Warung Nusantara's policy back to the seed's, so other specs see the demo as it was. */
const restorePolicy = async (admin: APIRequestContext, venueId: string) =>
  trpcMutation(admin, 'admin.venues.update', {
    id: venueId,
    settings: { cancelFreeHours: 24, taxLine: null },
  });

test('an admin sets the policy; the customer sees it, pays a restaurant deposit, reads the refund quote and cancels', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const admin = await signedInAs(DEMO.admin);
  const venueId = await venueIdOf(admin, 'warung-nusantara');
  try {
    // The admin makes every cancellation of this venue "late" (30 days) and prints a tax line.
    const adminPage = await (await browser.newContext()).newPage();
    await adminPage.goto('/admin/');
    await signIn(adminPage, DEMO.admin);
    await adminPage
      .getByRole('navigation', { name: 'Menu admin' })
      .getByRole('link', { name: 'Tempat' })
      .click();
    await adminPage.getByRole('link', { name: 'Warung Nusantara', exact: true }).click();
    await adminPage.getByText('Ubah data dan pengaturan tempat').click();
    const policy = adminPage.getByRole('group', { name: 'Kebijakan pembatalan dan pembayaran' });
    await expect(policy.getByLabel('Batal gratis sampai (jam sebelum mulai)')).toHaveValue('24');
    await expect(policy.getByLabel('Persentase biaya (%)')).toHaveValue('50');
    await policy.getByLabel('Batal gratis sampai (jam sebelum mulai)').fill('720');
    await policy.getByLabel('Nama pajak (kosongkan bila tidak ada)').fill('PB1');
    await adminPage.getByRole('button', { name: 'Simpan' }).click();
    // Half a tax line is refused on its field before the server sees it.
    await expect(policy.getByLabel('Pajak termasuk dalam harga (%)')).toHaveAttribute('aria-invalid', 'true');
    await policy.getByLabel('Pajak termasuk dalam harga (%)').fill('10');
    await adminPage.getByRole('button', { name: 'Simpan' }).click();
    await expect(adminPage.getByRole('status').filter({ hasText: 'Tersimpan.' })).toBeVisible();
    const stored = await trpcQuery<{ settings: { cancelFreeHours: number; taxLine: unknown } }>(
      admin,
      'venues.get',
      { id: venueId },
    );
    expect(stored.settings).toMatchObject({ cancelFreeHours: 720, taxLine: { label: 'PB1', percent: 10 } });
    await adminPage.context().close();

    // The customer reads the policy on the venue page, before booking.
    await registerCustomer(page, { name: `Sari ${suffix}`, email: `sari.${suffix}@example.com` });
    await page.goto('/v/warung-nusantara');
    const about = page.getByRole('region', { name: 'Tentang tempat ini' });
    await expect(about.getByRole('heading', { name: 'Kebijakan pembatalan' })).toBeVisible();
    await expect(about).toContainText('Batal gratis sampai 720 jam sebelum mulai.');
    await expect(about).toContainText('Setelah itu, 50% dari yang dibayar ditahan.');
    await expect(about).toContainText('Tidak datang: seluruh pembayaran ditahan.');

    // Two guests, Rp 50.000 deposit each: Rp 100.000 owed, paid from the booking page by card.
    const booking = await trpcMutation<{ id: string; code: string }>(page.request, 'bookings.create', {
      venueId,
      start: jakartaAt(4, '12:30'),
      partySize: 2,
      contact: { name: `Sari ${suffix}`, phone: '0812 3456 7890' },
    });
    await page.goto(`/bookings/${booking.code}`);
    const payment = page.getByRole('region', { name: 'Pembayaran', exact: true });
    await expect(payment).toContainText(`Tagihan${rp(100_000)}`);
    await expect(payment).toContainText(`Sisa yang harus dibayar${rp(100_000)}`);
    await expect(payment).toContainText('PB1 10% (sudah termasuk)');
    await expect(payment).toContainText(/Untuk pemesanan ini: gratis sampai/);
    await payment.getByLabel('Nomor kartu').fill('4242424242424242');
    await payment.getByLabel('Masa berlaku').fill('1230');
    await payment.getByLabel('CVC').fill('123');
    await payment.getByRole('button', { name: `Bayar ${rp(100_000)}` }).click();
    await expect(payment.getByRole('status')).toHaveText(`Pembayaran ${rp(100_000)} diterima.`);
    await expect(payment).toContainText('Lunas. Terima kasih!');
    await expect(payment.getByRole('button', { name: /^Bayar/ })).toHaveCount(0);
    const paid = await trpcQuery<Timeline>(page.request, 'payments.timeline', { bookingId: booking.id });
    expect(paid).toMatchObject({ paymentStatus: 'PAID', paidMinor: 100_000, refundedMinor: 0 });
    expect(paid.entries).toEqual([
      expect.objectContaining({ kind: 'charge', amountMinor: 100_000, status: 'SUCCEEDED', method: 'card' }),
    ]);
    const history = page.getByRole('region', { name: 'Riwayat pembayaran' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('listitem')).toContainText(`Pembayaran ${rp(100_000)} · Berhasil`);
    await saveScreenshot(page, 'money-paid');
    expect(await seriousViolations(page)).toEqual([]);

    // The printable receipt: code, QR, the amount and the included tax.
    await payment.getByRole('link', { name: 'Kuitansi' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kuitansi ${booking.code}` })).toBeVisible();
    await expect(page.getByRole('img', { name: `Kode QR pemesanan ${booking.code}` })).toBeVisible();
    const receiptTable = page.getByRole('table');
    await expect(receiptTable).toContainText(`Deposit${rp(100_000)}`);
    await expect(receiptTable).toContainText(`PB1 10% (sudah termasuk)${rp(paid.tax?.amountMinor ?? -1)}`);
    await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
    await saveScreenshot(page, 'money-receipt');
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone the receipt fits the screen's width.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('link', { name: 'Kembali ke pemesanan' }).click();

    // Outside the (30-day) free window: half is kept, half comes back — said before confirming.
    await page.getByRole('button', { name: 'Batalkan pesanan' }).click();
    const dialog = page.getByRole('dialog', { name: `Batalkan pesanan ${booking.code}?` });
    const quote = dialog.getByTestId('refund-quote');
    await expect(quote).toContainText(`Anda akan menerima kembali ${rp(50_000)}`);
    await expect(quote).toContainText(`${rp(50_000)} ditahan sesuai kebijakan tempat.`);
    await expect(quote).toContainText('Masa batal gratis sudah lewat');
    expect(await seriousViolations(page)).toEqual([]);
    const shown = Number((await quote.getByRole('strong').textContent())?.replace(/\D/g, ''));
    await dialog.getByRole('button', { name: 'Ya, batalkan' }).click();
    await expect(page.getByText('Pesanan ini dibatalkan.')).toBeVisible();

    // The refund the dialog promised is the refund the timeline holds, and the worker pays it.
    await expect
      .poll(
        async () =>
          (await trpcQuery<Timeline>(page.request, 'payments.timeline', { bookingId: booking.id }))
            .paymentStatus,
      )
      .toBe('PARTIALLY_REFUNDED');
    const after = await trpcQuery<Timeline>(page.request, 'payments.timeline', { bookingId: booking.id });
    const refunds = after.entries.filter((entry) => entry.kind === 'refund');
    expect(refunds).toEqual([expect.objectContaining({ amountMinor: shown, status: 'SUCCEEDED' })]);
    expect(after).toMatchObject({ refundedMinor: 50_000, feesKeptMinor: 50_000, netMinor: 50_000 });
    await page.reload();
    const entries = page.getByRole('region', { name: 'Riwayat pembayaran' }).getByRole('listitem');
    await expect(entries).toHaveCount(3);
    await expect(entries.filter({ hasText: 'Pengembalian dana' })).toContainText(`−${rp(50_000)}`);
    await expect(entries.filter({ hasText: 'Biaya ditahan' })).toContainText(rp(50_000));
    await saveScreenshot(page, 'money-cancelled');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  } finally {
    await restorePolicy(admin, venueId);
  }
});

/** Which call of a (batched) staff.stats request asks across all venues (no venueId): the dashboard's cards. */
function allVenuesCall(url: string): number | null {
  const params = new URL(url).searchParams;
  const input = JSON.parse(params.get('input') ?? '{}') as Record<string, { venueId?: string }>;
  if (params.get('batch') !== '1') return 'venueId' in input ? null : 0;
  const index = Object.entries(input).find(([, call]) => !call?.venueId)?.[0];
  return index === undefined ? null : Number(index);
}

const openDrawer = async (page: Page, code: string): Promise<Locator> => {
  await page.goto('/admin/bookings');
  await page.getByLabel('Cari nama, telepon atau kode').fill(code);
  await page.getByRole('button', { name: `Buka detail ${code}` }).click();
  const drawer = page.getByRole('dialog', { name: `Pemesanan ${code}` });
  await expect(drawer).toBeVisible();
  return drawer;
};

test('staff record a counter payment and refund part of it by hand; the dashboard shows net revenue', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();
  const venueId = await venueIdOf(request, 'warung-nusantara');
  // Three guests at 14:00 (no peak): Rp 50.000 deposit each.
  const booking = await createBooking(request, {
    venueId,
    name: `Loket ${suffix}`,
    start: jakartaAt(3, '14:00'),
    partySize: 3,
  });
  await page.goto('/admin/');
  await signIn(page, DEMO.staff);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor' })).toBeVisible();
  const drawer = await openDrawer(page, booking.code);
  const money = drawer.getByRole('region', { name: 'Pembayaran' });
  await expect(money).toContainText(`Tagihan${rp(150_000)}`);

  // The guest pays Rp 150.000 by bank transfer at the desk.
  await money.getByRole('button', { name: 'Catat pembayaran di loket' }).click();
  await money.getByLabel('Cara bayar').selectOption({ label: 'Transfer bank' });
  await expect(money.getByLabel('Jumlah')).toHaveValue('150000');
  await money.getByRole('button', { name: 'Catat pembayaran' }).click();
  await expect(money.getByLabel('Referensi')).toHaveAttribute('aria-invalid', 'true');
  await money.getByLabel('Referensi').fill(`TRF-${suffix}`);
  await money.getByRole('button', { name: 'Catat pembayaran' }).click();
  await expect(money.getByRole('status')).toHaveText(`Pembayaran ${rp(150_000)} tercatat.`);
  await expect(drawer.getByText('Lunas', { exact: true })).toBeVisible();

  // Then part of it goes back: more than was paid is refused on the amount's field.
  await money.getByRole('button', { name: 'Kembalikan dana' }).click();
  await expect(money.getByLabel('Jumlah')).toHaveValue('150000');
  await money.getByLabel('Jumlah').fill('200.000');
  await money.getByLabel('Alasan').fill('Satu tamu batal datang');
  await money.getByRole('button', { name: `Kembalikan ${rp(200_000)}` }).click();
  await expect(money.getByLabel('Jumlah')).toHaveAttribute('aria-invalid', 'true');
  await expect(money.getByLabel('Jumlah')).toHaveAccessibleDescription(
    new RegExp(`Paling banyak ${rp(150_000)} yang tersisa untuk dikembalikan.`),
  );
  expect(await seriousViolations(page)).toEqual([]);
  await money.getByLabel('Jumlah').fill('40.000');
  await money.getByRole('button', { name: `Kembalikan ${rp(40_000)}` }).click();
  await expect(money.getByRole('status')).toHaveText(`Pengembalian ${rp(40_000)} diantrekan.`);

  const staff = page.request;
  await expect
    .poll(
      async () =>
        (await trpcQuery<Timeline>(staff, 'payments.timeline', { bookingId: booking.id })).paymentStatus,
    )
    .toBe('PARTIALLY_REFUNDED');
  const timeline = await trpcQuery<Timeline>(staff, 'payments.timeline', { bookingId: booking.id });
  expect(timeline).toMatchObject({ paidMinor: 150_000, refundedMinor: 40_000, netMinor: 110_000 });
  expect(timeline.entries).toEqual([
    expect.objectContaining({
      kind: 'charge',
      amountMinor: 150_000,
      method: 'bank_transfer',
      reference: `TRF-${suffix}`,
      status: 'PARTIALLY_REFUNDED',
    }),
    expect.objectContaining({ kind: 'refund', amountMinor: 40_000, status: 'SUCCEEDED' }),
  ]);
  const again = await openDrawer(page, booking.code);
  const entries = again.getByRole('region', { name: 'Pembayaran' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText(`Transfer bank · Ref. TRF-${suffix}`);
  await expect(entries.last()).toContainText(`Pengembalian dana −${rp(40_000)} · Berhasil`);
  await expect(entries.last()).toContainText('Satu tamu batal datang');
  await saveScreenshot(page, 'money-desk');
  await again.getByRole('button', { name: 'Tutup' }).click();

  // The dashboard's cards are what staff.stats says for its range, and net = gross − refunded.
  const answered = page.waitForResponse(
    (response) => response.url().includes('staff.stats') && allVenuesCall(response.url()) !== null,
  );
  await page.getByRole('navigation', { name: 'Menu admin' }).getByRole('link', { name: 'Dasbor' }).click();
  const response = await answered;
  const body = (await response.json()) as { result: { data: Stats } }[] | { result: { data: Stats } };
  const stats = (Array.isArray(body) ? body[allVenuesCall(response.url())!]! : body).result.data;
  expect(stats.netMinor).toBe(stats.grossMinor - stats.refundedMinor);
  expect(stats.grossMinor).toBeGreaterThanOrEqual(150_000);
  expect(stats.refundedMinor).toBeGreaterThanOrEqual(40_000);
  const cards = page.locator('dl.money-cards');
  await expect(cards).toContainText(`Pendapatan kotor${rp(stats.grossMinor)}`);
  await expect(cards).toContainText(`Dikembalikan${rp(stats.refundedMinor)}`);
  await expect(cards).toContainText(`Biaya ditahan${rp(stats.feesKeptMinor)}`);
  await expect(cards).toContainText(`Pendapatan bersih${rp(stats.netMinor)}`);
  const warung = stats.byVenue.find((venue) => venue.venueId === venueId);
  expect(warung?.netMinor).toBeGreaterThanOrEqual(110_000);
  const row = page
    .getByRole('region', { name: 'Uang per tempat' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Warung Nusantara' }) });
  await expect(row).toContainText(rp(warung?.netMinor ?? -1));
  await expect(
    page.getByRole('figure', { name: 'Pendapatan per hari' }).getByRole('img'),
  ).toHaveAccessibleDescription(new RegExp(`bersih ${rp(stats.netMinor)}`));
  await saveScreenshot(page, 'money-dashboard');
  expect(await seriousViolations(page)).toEqual([]);
});
