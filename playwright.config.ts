import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Chromium writes config and cache folders under the XDG dirs; pointing them at one temp folder keeps
// HOME clean, and one reused folder does not pile up across runs. Set before any browser launches.
const xdg = join(tmpdir(), 'reserva-e2e-xdg');
process.env.XDG_CONFIG_HOME = join(xdg, 'config');
process.env.XDG_CACHE_HOME = join(xdg, 'cache');

// Overridable so two runs on one machine (a developer and CI, two engineers) do not collide.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const PG_PORT = Number(process.env.E2E_PG_PORT ?? PORT + 51_232);
const PG_DIR = `.reserva/e2e-pg-${PORT}`;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  use: {
    baseURL,
    screenshot: 'only-on-failure',
    trace: 'off',
    // Playwright cannot download browsers here; Debian's Chromium is installed by .ci/run.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // A fresh database each run, so the demo seed is exactly what the tests expect.
    command: `rm -rf ${PG_DIR} ${PG_DIR}.lock && node apps/server/dist/main.js`,
    url: `${baseURL}/readyz`,
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_DIR: PG_DIR,
      EMBEDDED_PG_PORT: String(PG_PORT),
      RESERVA_SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
