/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inkPlugin } from './scripts/ink/vite-plugin';

export default defineConfig({
  plugins: [react(), inkPlugin()],
  build: {
    target: 'es2022',
    // The reader's budget is measured by `npm run bench`; keep Vite's own warning for the worst case.
    chunkSizeWarningLimit: 300,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
