// The offline side of the build (issue 10): the web manifest, the service worker's precache (Workbox
// generateSW through vite-plugin-pwa) and a check that the precache lists every file the app can load.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/** `npm run build:single` (`vite build --mode single`) writes dist-single/<this>: every episode, for file://. */
export const SINGLE_FILE = 'se-internet-ha-vinto.html';

/** The two themes' page colour (`--bg` in src/styles/base.css), also the theme-color metas in index.html. */
export const THEME = { light: '#f6f2ea', dark: '#161519' } as const;

/**
 * Every kind of file the build emits that the app may fetch. The build fails if a file in the output is
 * not precached (see `precacheCheck`), so a new kind of asset cannot be skipped silently.
 */
const PRECACHE_TYPES = 'html,js,mjs,css,json,svg,png,jpg,jpeg,webp,avif,gif,ico,woff,woff2,ttf,otf,txt,ink,mp3,ogg,wav';

/**
 * Files in the output that are not the app's own: the worker itself, Workbox's runtime, source maps; and
 * the open page's ink compiler (readers never download it: only #/apri fetches it, online).
 */
const NOT_PRECACHED = [/^sw\.js$/, /^workbox-[\w-]+\.js$/, /\.map$/, /^assets\/compile\.worker-[\w-]+\.js$/];
/** Added to the precache by vite-plugin-pwa after the glob (the manifest with its own revision). */
const ADDED_BY_PLUGIN = ['manifest.webmanifest'];

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

/** Files of a built site the app can load: everything but the worker, Workbox and source maps. */
export function loadableFiles(outDir: string): string[] {
  return listFiles(outDir)
    .filter((f) => !NOT_PRECACHED.some((re) => re.test(f)))
    .sort();
}

/** The URLs a built `sw.js` precaches (relative to the worker, as Workbox writes them). */
export function precachedUrls(outDir: string): string[] {
  const sw = fs.readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  // Minified (`{url:"a.js",revision:null}`) or not (`{ "url": "a.js", "revision": null }`).
  return [...sw.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"\s*,\s*"?revision"?\s*:\s*(?:"[^"]*"|null)\s*\}/g)].map((m) => m[1]).sort();
}

export function pwaOptions({ disable, outDir }: { disable: boolean; outDir: () => string }): Partial<VitePWAOptions> {
  return {
    disable,
    // Updates wait for the reader: the app shows «Nuova versione: aggiorna» and reloads only when clicked.
    registerType: 'prompt',
    // src/main.tsx registers the worker itself, after load and idle (src/app/register-sw.ts).
    injectRegister: false,
    // Never in `npm run dev`: the dev server's pages are not cached.
    devOptions: { enabled: false },
    // The icons match the glob below; listing them twice would only repeat them.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Se Internet ha vinto — episodi interattivi',
      short_name: 'Se Internet ha vinto',
      description:
        'Un saggio diventato dialogo interattivo: scegli, torna indietro, riprendi da dove eri. Funziona anche senza rete, per i laboratori.',
      lang: 'it',
      dir: 'ltr',
      // Relative to the manifest, which sits beside index.html: the site works from any sub-path.
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      categories: ['books', 'education'],
      theme_color: THEME.light,
      background_color: THEME.light,
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      // The dark theme's colours, for browsers that read them (the manifest dark-mode proposal); the
      // page's own theme-color metas follow the colour scheme everywhere.
      ...({ user_preferences: { color_scheme: { dark: { theme_color: THEME.dark, background_color: THEME.dark } } } } as object),
    },
    workbox: {
      globPatterns: [`**/*.{${PRECACHE_TYPES}}`],
      // vite-plugin-pwa's own ignores, and the open page's compiler (see NOT_PRECACHED).
      globIgnores: ['**/node_modules/**/*', 'sw.js', 'workbox-*.js', 'assets/compile.worker-*.js'],
      // Nothing the app loads is left out for its size: the largest chunk is well under this.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Any page of the site (only index.html exists: routes are hashes) opens the app offline.
      navigateFallback: 'index.html',
      // The first visit is controlled at once (no reload), so it works offline from then on. An update
      // is never activated by itself: it waits until the reader clicks the notice.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
      manifestTransforms: [
        (entries) => {
          const listed = new Set(entries.map((e) => e.url));
          const missing = loadableFiles(outDir()).filter((f) => !listed.has(f) && !ADDED_BY_PLUGIN.includes(f));
          if (missing.length) {
            throw new Error(
              `The service worker would not precache ${missing.join(', ')}: add the type to PRECACHE_TYPES in scripts/pwa.ts ` +
                '(or raise maximumFileSizeToCacheInBytes)',
            );
          }
          return { manifest: entries, warnings: [] };
        },
      ],
    },
  };
}

/** The home-screen icon for iOS (Safari reads no manifest icons); only on the site, not the single file. */
export function appleTouchIcon(): Plugin {
  let base = '/';
  return {
    name: 'apple-touch-icon',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}apple-touch-icon.png` }, injectTo: 'head' }],
  };
}
