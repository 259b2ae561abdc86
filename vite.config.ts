/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/ink/vite-plugin.ts';
import { routePreload } from './scripts/route-preload.ts';

export default defineConfig({
  plugins: [react(), inkPlugin(), routePreload({ always: ['src/engine/run.ts'] })],
  build: {
    target: 'es2022',
    // Budgets are measured by `npm run bench` (gzipped); this only silences Vite's raw-size warning.
    chunkSizeWarningLimit: 400,
  },
  test: {
    // `npm test` runs both: unit (jsdom, fast) and browser (the built site in the system Chromium).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/browser/**'],
          setupFiles: ['tests/setup.ts'],
        },
      },
      './vitest.browser.config.ts',
    ],
  },
});
