import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@reserva/source'] },
  ssr: { resolve: { conditions: ['@reserva/source'] } },
  test: {
    include: ['{apps,packages}/*/src/**/*.test.{ts,tsx}'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores here; each test file gets its own database cloned from a migrated template.
    maxWorkers: 2,
  },
});
