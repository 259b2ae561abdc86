/// <reference types="vitest/config" />
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkPlugin } from './scripts/ink/vite-plugin.ts';
import { storyMapPlugin } from './scripts/ink/story-map-plugin.ts';
import { appleTouchIcon, pwaOptions, SINGLE_FILE } from './scripts/pwa.ts';
import { routePreload } from './scripts/route-preload.ts';
import { fontPreload } from './scripts/font-preload.ts';
import { prerender } from './scripts/prerender.ts';

export default defineConfig(({ command, mode }) => {
  const single = mode === 'single';
  let outDir = '';
  const outDirOf: Plugin = {
    name: 'out-dir',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
  };
  return {
    // The service worker is registered by `vite build` only: not by the dev server, vitest or the single file.
    define: { __PWA__: JSON.stringify(command === 'build' && !single) },
    // Relative URLs everywhere: the site works from any sub-path (/workshop/) and the single file from disk.
    base: './',
    plugins: [
      react(),
      // SIHV_STORIES_DIR: play stories from another folder (the live-edit tests use a temporary copy).
      inkPlugin({ storiesDir: process.env.SIHV_STORIES_DIR }),
      storyMapPlugin({ storiesDir: process.env.SIHV_STORIES_DIR }), // dev server only: #/mappa/<slug>
      outDirOf,
      ...(single
        ? // Every chunk (episodes, engine, motion features) inlined into the page; no service worker.
          [viteSingleFile({ outputFileName: SINGLE_FILE })]
        : [
            // What each route needs at once, started with the app's modules (never one after another).
            routePreload({
              routes: [
                { hash: '^#\\/episodio\\/([^/?]+)', story: true, modules: ['src/engine/run.ts'] },
                { hash: '^#\\/(?:proietta|presenta)\\/([^/?]+)$', story: true, modules: ['src/screens/WorkshopScreen.tsx', 'src/engine/run.ts'] },
                { hash: '^#\\/gruppi\\/', modules: ['src/screens/GroupsScreen.tsx'] },
                { hash: '^#\\/apri\\/?$', modules: ['src/screens/OpenScreen.tsx'] },
              ],
            }),
            appleTouchIcon(),
            fontPreload({ files: ['literata-latin-wght-normal.woff2'] }),
            // Home and each episode's opening in the HTML, painted before any script (not in the single file).
            prerender({ storiesDir: process.env.SIHV_STORIES_DIR }),
          ]),
      // Disabled in the single file: `virtual:pwa-register` is then a no-op.
      VitePWA(pwaOptions({ disable: single, outDir: () => outDir })),
    ],
    // The icons and manifest are the installed site's; the single file carries its favicon inline.
    publicDir: single ? false : 'public',
    build: {
      target: 'es2022',
      outDir: single ? 'dist-single' : 'dist',
      // Budgets are measured by `npm run bench` (gzipped); this only silences Vite's raw-size warning.
      chunkSizeWarningLimit: single ? 100_000 : 400,
      // The entry's imports are modulepreloaded by scripts/route-preload.ts's start script, before the
      // entry runs: a polyfill inside the entry would come too late to help (every target browser has it).
      modulePreload: { polyfill: false },
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
  };
});
