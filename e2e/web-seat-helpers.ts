import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { DEMO } from './helpers.js';
import { JAKARTA, openVenue, trpcMutation, venueDate } from './web-helpers.js';

/** "23 Nov": how a day chip names a date `days` ahead on the venue's calendar. */
export function dayChipDate(days: number): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${venueDate(days, JAKARTA)}T12:00:00Z`),
  );
}

/** From the home page to one showtime's live seat map of Bioskop Braga, `days` ahead at `time`. */
export async function openShowtime(page: Page, days: number, time: string): Promise<void> {
  await openVenue(page, 'Bioskop Braga');
  await page.getByRole('button', { name: new RegExp(`${dayChipDate(days)}$`) }).click();
  await page
    .locator('.showtimes')
    .getByRole('button', { name: new RegExp(`^${time}`) })
    .click();
  await expect(seatMap(page)).toBeVisible();
}

export const seatMap = (page: Page) => page.getByRole('group', { name: /^Denah / });

/** A seat button on the map by its label, e.g. "E5". */
export const seat = (page: Page, label: string) =>
  seatMap(page).getByRole('button', { name: new RegExp(`^${label}\\b`) });

/** A fresh API client that is nobody's browser: another customer, or the staff. */
export const anotherClient = () => request.newContext({ baseURL: String(test.info().project.use.baseURL) });

/** The staff confirm an offline payment by its claim code, signed in over the API as the desk would. */
export async function confirmAsStaff(staff: APIRequestContext, claimCode: string): Promise<{ code: string }> {
  await trpcMutation(staff, 'auth.login', { email: DEMO.staff.email, password: DEMO.staff.password });
  return trpcMutation<{ code: string }>(staff, 'staff.payments.confirm', { claimCode });
}

/** The hold page's clock: `mm:ss`, within the venue's ten minutes. */
export const COUNTDOWN = /^(10:00|0\d:[0-5]\d)$/;
