// For the offline tests: build the site (or the single file) with vite.config.ts into a folder of the
// test's own, and list the episodes from stories/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build, type PluginOption } from 'vite';
import { findEpisodes } from '../../scripts/ink/episodes';

export const root = path.resolve(import.meta.dirname, '../..');

/** Every episode: each top-level .ink file in stories/. */
export const EPISODES = findEpisodes(path.join(root, 'stories')).map((e) => e.slug);

export function tempDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sihv-${name}-`));
}

/** `vite build` (or `vite build --mode single`) into `outDir`, with extra plugins if given. */
export async function buildInto(outDir: string, options: { mode?: 'production' | 'single'; plugins?: PluginOption[] } = {}) {
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    mode: options.mode ?? 'production',
    logLevel: 'warn',
    plugins: options.plugins ?? [],
    build: { outDir, emptyOutDir: true },
  });
}

/** A page that fails its test on any uncaught error, in a phone-sized or laptop-sized context. */
export async function pageIn(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  return page;
}

/** Waits until the service worker is active and controls `page` (every file precached by then). */
export async function controlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.scope;
  });
}

/**
 * A browser with a profile on disk: Chromium reports any other context as incognito, where it never
 * offers to install. `dispose` closes that browser and removes the profile.
 */
export async function launchWithProfile(viewport = { width: 1280, height: 800 }) {
  const profile = tempDir('profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport,
    reducedMotion: 'reduce',
  });
  const dispose = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  return { context, dispose };
}
