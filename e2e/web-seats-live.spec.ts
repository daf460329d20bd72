import { expect, test } from '@playwright/test';
import { trpcMutation, trpcQuery } from './web-helpers.js';
import { anotherClient, openShowtime, seat } from './web-seat-helpers.js';

test('a seat held in one browser turns unavailable in another at once, and free again when let go', async ({
  browser,
  page,
}) => {
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openShowtime(page, 3, '14:45');
  await openShowtime(otherPage, 3, '14:45');
  await expect(seat(otherPage, 'C3')).toHaveAccessibleName(/, Kosong$/);
  const freeLine = otherPage.getByText(/\d+ kursi kosong\./);
  const free = Number.parseInt((await freeLine.textContent()) ?? '', 10);

  await seat(page, 'C3').click();
  await page.getByRole('button', { name: 'Tahan 1 kursi' }).click();
  await expect(page).toHaveURL(/\/hold$/);

  // No reload: the change arrives over the live stream.
  await expect(seat(otherPage, 'C3')).toHaveAccessibleName(/, Sedang ditahan$/);
  await expect(seat(otherPage, 'C3')).toHaveAttribute('aria-disabled', 'true');
  await expect(freeLine).toContainText(`${free - 1} kursi kosong.`);

  // The holder changes their mind: the seat is given back and chosen again on their own map.
  await page.getByRole('button', { name: 'Ubah kursi' }).click();
  await expect(page).toHaveURL(/\/v\/bioskop-braga\?/);
  await expect(seat(page, 'C3')).toHaveAttribute('aria-pressed', 'true');
  await expect(seat(otherPage, 'C3')).toHaveAccessibleName(/, Kosong$/);
  await expect(seat(otherPage, 'C3')).not.toHaveAttribute('aria-disabled', 'true');
  await other.close();
});

test('seats taken by someone else drop out of the choice, named, and the rest can still be held', async ({
  page,
}) => {
  await openShowtime(page, 3, '17:30');
  await seat(page, 'D7').click();
  await seat(page, 'D8').click();
  const eventId = new URL(page.url()).searchParams.get('event')!;

  // Another customer takes D7 first.
  const someone = await anotherClient();
  const map = await trpcQuery<{ seats: { id: string; label: string }[] }>(someone, 'events.seatMap', {
    eventId,
  });
  const d7 = map.seats.find((one) => one.label === 'D7')!;
  await trpcMutation(someone, 'holds.create', { eventId, seatIds: [d7.id] });
  await someone.dispose();

  await expect(page.getByRole('alert')).toContainText(
    'Kursi D7 baru saja diambil orang lain. Denah sudah diperbarui; pilihan lain tetap.',
  );
  await expect(seat(page, 'D7')).toHaveAccessibleName(/, Sedang ditahan$/);
  await expect(seat(page, 'D8')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Dipilih 1 kursi: D8 · Total Rp 50.000')).toBeVisible();
  await page.getByRole('button', { name: 'Tahan 1 kursi' }).click();
  await expect(page).toHaveURL(/\/hold$/);
  await expect(page.locator('.summary-list')).toContainText('D8 (Regular)');
});
