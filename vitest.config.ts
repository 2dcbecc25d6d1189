import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const define = { __APP_VERSION__: JSON.stringify('0.0.0-test') };

/**
 * Three projects: pure and service tests in Node on in-memory SQLite (beside the code and
 * in tests/), React components in jsdom (beside the components), and end-to-end tests that
 * drive the built app in browser mode with Debian's Chromium (tests/e2e, run after `npm run build`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        define,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      {
        define,
        plugins: [react()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['renderer/src/test-setup.ts'],
        },
      },
      {
        define,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
