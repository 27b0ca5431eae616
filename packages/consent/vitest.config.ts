import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property tests generate hundreds of inputs; on a loaded CI machine the 5 s default is
    // too tight for them. A timeout here guards against hangs, not against slowness.
    testTimeout: 30_000,
    // Real-browser tests run on their own: `npm run test:browser` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/chromium/**'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // Browser-side tests opt in with `// @vitest-environment happy-dom`; they run on a page of a
    // subdomain, so cookie domains and paths behave as on a real partnership site.
    environmentOptions: { happyDOM: { url: 'https://www.example.gov.uk/reviews/theo' } },
  },
});
