import { expect, test } from '@playwright/test';
import { DEMO, uniqueSuffix } from './helpers.js';
import { trpcMutation } from './web-helpers.js';

test('/docs renders the API reference, and its "try it" answers a staff operation with an API key', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Swagger UI is a 1.5 MB bundle rendering ~30 operations: slow on a loaded 2-core machine.
  test.setTimeout(90_000);
  // The key, made through the admin API as an admin would in the staff app.
  const admin = await playwright.request.newContext({ baseURL });
  await trpcMutation(admin, 'auth.login', { email: DEMO.admin.email, password: DEMO.admin.password });
  const { key } = await trpcMutation<{ key: string }>(admin, 'admin.apiKeys.create', {
    name: `Docs ${uniqueSuffix()}`,
    role: 'staff',
  });
  await admin.dispose();

  // Any script the CSP blocks, or any failure of the page, shows up here.
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('/docs');
  await expect(page.getByRole('heading', { level: 1, name: 'Reserva API', exact: true })).toBeVisible();
  await expect(page.getByText('Try it with an API key')).toBeVisible();
  await expect(page.getByRole('link', { name: 'packages/client/README.md' })).toHaveAttribute(
    'href',
    '/docs/client/README.md',
  );
  const operation = page.locator('#operations-staff-staff-stats');
  await expect(operation).toBeVisible();

  await page.getByRole('button', { name: 'Authorize' }).first().click();
  await page.getByRole('textbox', { name: 'auth-bearer-value' }).fill(key);
  await page.getByRole('button', { name: 'Apply credentials' }).click();
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  await operation.locator('.opblock-summary-control').click();
  await operation.getByRole('button', { name: 'Execute' }).click();
  const answer = operation.locator('.live-responses-table');
  await expect(answer.locator('tbody .response-col_status')).toHaveText('200');
  await expect(answer.locator('tbody .response-col_description')).toContainText('"byStatus"');
  await expect(operation.locator('.curl-command')).toContainText('Authorization: Bearer rsv_');

  const readme = await page.request.get('/docs/client/README.md');
  expect(readme.status()).toBe(200);
  expect(await readme.text()).toContain('@reserva/client');
  expect(problems).toEqual([]);
});
