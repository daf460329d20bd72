import { expect, type Page } from '@playwright/test';

/** The seeded demo accounts (packages/db/src/seed/accounts.ts). */
export const DEMO = {
  admin: { email: 'admin@reserva.test', password: 'admin12345', name: 'Budi Santoso' },
  staff: { email: 'staff@reserva.test', password: 'staff12345', name: 'Siti Rahmawati' },
  customer: { email: 'customer@reserva.test', password: 'customer12345', name: 'Dewi Lestari' },
} as const;

export interface Credentials {
  email: string;
  password: string;
}

/** Fills the shared sign-in form (both apps use it); the interface is in Indonesian by default. */
export async function signIn(page: Page, { email, password }: Credentials): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Registers a new customer through the web app and leaves them signed in. */
export async function registerCustomer(page: Page, person: { name: string; email: string }): Promise<void> {
  await page.goto('/register');
  await page.getByLabel('Nama lengkap', { exact: true }).fill(person.name);
  await page.getByLabel('Email', { exact: true }).fill(person.email);
  await page.getByLabel('Kata sandi', { exact: true }).fill('rahasia-123');
  await page.getByRole('button', { name: 'Buat akun' }).click();
  await expect(page.getByText(`Masuk sebagai ${person.name}`)).toBeVisible();
}

/** Records every tRPC call to an `admin.*` procedure, to prove a screen asked for no admin data. */
export function watchAdminCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/trpc/') && /(^|,)admin\./.test(url.pathname.slice('/trpc/'.length))) {
      calls.push(url.pathname);
    }
  });
  return calls;
}

/** A suffix that keeps names and emails unique across runs against the same database. */
export const uniqueSuffix = (): string => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
