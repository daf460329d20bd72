import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

/** The demo venues' zone: test dates are picked on its calendar, never the machine's. */
export const JAKARTA = 'Asia/Jakarta';

/** The venue-local date `days` from today, `YYYY-MM-DD`: far enough ahead to be neither past nor closing. */
export function venueDate(days: number, timeZone = JAKARTA): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const date = new Date(`${today.format(new Date())}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A Jakarta wall-clock time on a date as an instant with its offset, as bookings.create takes it. */
export const jakartaInstant = (date: string, time: string): string => `${date}T${time}:00+07:00`;

export const BOOKING_URL = /\/bookings\/BK-[0-9A-Z]{5}-[0-9A-Z]{5}$/;

/** The booking code shown big on the confirmation page. */
export async function shownBookingCode(page: Page): Promise<string> {
  const code = ((await page.locator('.booking-code-value').textContent()) ?? '').trim();
  expect(code).toMatch(/^BK-[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  expect(page.url()).toContain(`/bookings/${code}`);
  return code;
}

/** Saves the page as a PNG in the test's output folder and attaches it to the report, in every run. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await test.info().attach(name, { path, contentType: 'image/png' });
}

const origin = (): string => String(test.info().project.use.baseURL);

/** A tRPC query over plain HTTP (no transformer: the input is JSON in the query string). */
export async function trpcQuery<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/**
 * A tRPC mutation as "someone else" or as the page's signed-in user (page.request shares the
 * cookies). The Origin header is what a browser sends; the server refuses cookie requests without it.
 */
export async function trpcMutation<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/trpc/${path}`, { data: input, headers: { origin: origin() } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

export interface VenueRef {
  id: string;
  name: string;
}

export const venueBySlug = (request: APIRequestContext, slug: string) =>
  trpcQuery<VenueRef>(request, 'venues.get', { slug });

/** Opens a venue from the home page, as a customer would. */
export async function openVenue(page: Page, name: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pesan di sini' })).toBeVisible();
}
