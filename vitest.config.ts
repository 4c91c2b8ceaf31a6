import { defineConfig } from 'vitest/config';
import { breachTableFile } from './scripts/breachTableFile.ts';
import { stateShapes } from './scripts/stateShapes.ts';

export default defineConfig({
  // `breaches.csv?table` imports resolve as in the app (to the dev server's URL of the file).
  plugins: [breachTableFile({ preload: [] }), stateShapes()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
