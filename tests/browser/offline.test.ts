// Offline and installable (issue 10): the built site with its service worker, served at / and at
// /workshop/. Loaded once online, then every episode (none opened before), an ending and the presenter
// view without a network; the manifest passes Chromium's installability checks.
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { serve } from '../../scripts/bench/serve';
import { loadableFiles, precachedUrls, THEME } from '../../scripts/pwa';
import { buildInto, controlled, EPISODES, launchWithProfile, pageIn, tempDir } from './built-site';
import { launch, readUntil, SCENE_READY, SLUG, step } from './helpers';

const PRESENTER_READY = '.presenter[data-phase="reading"], .presenter[data-phase="choosing"], .presenter[data-phase="ended"]';

let browser: Browser;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  dist = tempDir('offline');
  await buildInto(dist);
  server = await serve({ '/': dist, '/workshop/': dist });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
}

/**
 * Requests that reached the network and failed (offline, none should). Not those the page dropped by
 * navigating away (net::ERR_ABORTED: the idle-time fetches of fonts, panels and features of a page the
 * test leaves at once); a file missing from the cache fails with another error.
 */
function failures(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText;
    if (error !== 'net::ERR_ABORTED') failed.push(`${r.url()} ${error}`);
  });
  return failed;
}

describe('offline', () => {
  it('the service worker precaches every file the app can load', () => {
    const files = loadableFiles(dist);
    expect(files).toContain('index.html');
    expect(files.filter((f) => /episodio-\d+-[\w-]+\.js$/.test(f))).toHaveLength(EPISODES.length);
    expect(precachedUrls(dist)).toEqual(files);
  });

  it('after one visit online: reloads offline, opens every episode, reads one to an ending, opens the presenter', async () => {
    const context = await newContext();
    onTestFinished(() => context.close());
    const page = await pageIn(context);
    await page.goto(`${server.url}/`);
    await page.waitForSelector(`#ep-${EPISODES[0]}`);
    expect(await controlled(page)).toBe(`${server.url}/`);

    await context.setOffline(true);
    const failed = failures(page);
    await page.reload();
    for (const slug of EPISODES) await page.waitForSelector(`#ep-${slug}`);
    // A link with a query the cache has never seen (a shared link, a home-screen start) opens the app.
    await page.goto(`${server.url}/?da=schermata-home`);
    for (const slug of EPISODES) await page.waitForSelector(`#ep-${slug}`);
    // Each episode opened for the first time, offline: its chunk, the engine and the motion features.
    for (const slug of EPISODES) {
      await page.goto(`${server.url}/#/episodio/${slug}`);
      await page.waitForSelector(SCENE_READY); // home had no scene: this is the episode's
      expect(await page.locator('.line').count()).toBeGreaterThan(0);
      await page.goto(`${server.url}/#/`);
      await page.waitForSelector(`#ep-${slug}`);
    }
    // A page loaded offline straight on an episode's link (route preloads from the cache), read to an ending.
    await page.goto(`${server.url}/#/episodio/${SLUG}`);
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    const end = await readUntil(page, () => false);
    expect(end.phase).toBe('ended');
    // Rewind works offline too.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('.scene')?.dataset.phase)).not.toBe('ended');
    await step(page);

    const presenter = await pageIn(context);
    await presenter.goto(`${server.url}/#/presenta/${SLUG}`);
    await presenter.waitForSelector(PRESENTER_READY);
    expect(await presenter.locator('.presenter__say').count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
  });

  it('the manifest passes Chromium installability checks (CDP Page.getInstallabilityErrors)', async () => {
    const { context, dispose } = await launchWithProfile();
    onTestFinished(dispose);
    const page = await pageIn(context);
    await page.goto(`${server.url}/`);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${server.url}/manifest.webmanifest`);
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data ?? '{}');
    expect(data).toMatchObject({ lang: 'it', display: 'standalone', start_url: './', scope: './', theme_color: THEME.light });
    const icons = data.icons as { sizes: string; purpose: string }[];
    for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size && i.purpose === 'any')).toBe(true);
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    // The theme colour of each theme, for the browser's own chrome.
    const metas = await page.locator('meta[name="theme-color"]').evaluateAll((m) => m.map((e) => `${e.getAttribute('media')} ${e.getAttribute('content')}`));
    expect(metas).toEqual([`(prefers-color-scheme: light) ${THEME.light}`, `(prefers-color-scheme: dark) ${THEME.dark}`]);
  });

  it('served under a sub-path (/workshop/): the worker, the manifest and the episodes stay inside it, online and offline', async () => {
    const { context, dispose } = await launchWithProfile({ width: 390, height: 844 });
    onTestFinished(dispose);
    const page = await pageIn(context);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}/workshop/#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);
    expect(await controlled(page)).toBe(`${server.url}/workshop/`);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toBe(`${server.url}/workshop/manifest.webmanifest`);
    expect(new URL(JSON.parse(manifest.data ?? '{}').start_url, manifest.url).href).toBe(`${server.url}/workshop/`);
    expect(manifest.parsed?.scope).toBe(`${server.url}/workshop/`);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    const first = await readUntil(page, (s) => s.phase === 'choosing');
    await step(page);
    expect((await readUntil(page, (s) => s.beats > first.beats + 2)).beats).toBeGreaterThan(first.beats);
    expect(requested.filter((p) => !p.startsWith('/workshop/'))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    await step(page);
  });
});
