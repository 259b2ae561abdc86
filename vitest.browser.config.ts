// Browser tests: the built site, served by `vite preview`, driven through playwright-core in the
// system Chromium. Part of `npm test`; alone: `npm run test:browser`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
