import { defineConfig } from 'vitest/config';

// The tests that need a real browser (Chromium through Playwright): `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['test/chromium/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
