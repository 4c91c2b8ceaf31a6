import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served by Vite's preview server, driven through
// playwright-core in Debian's Chromium. Run after `vite build` (npm run test:browser does).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.test.ts'],
    globalSetup: ['tests/browser/globalSetup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // The address bar follows the view after a pause and an idle moment (~0.6–1.2 s), and a
    // loaded machine stretches both: polls wait up to 5 s before failing.
    expect: { poll: { timeout: 5_000 } },
  },
});
