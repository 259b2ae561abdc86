// When the app's modules download (issue 13: no waterfall; nothing the first line does not need before
// it). On an episode's link the HTML paints the first line and no script is asked for before that
// frame; then every module the takeover needs is asked for at once (scripts/route-preload.ts), and the
// dialogs and panels (components/on-demand.tsx) only once the app has taken over. Routes the HTML does
// not paint ask for all their modules at once from the HTML.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modulesFor, moduleStartOf, type ModuleStart } from '../../scripts/route-preload';
import { baseUrl, holdRequests, launch, SCENE_READY, SCRIPTS, SLUG } from './helpers';

let browser: Browser;
let start: ModuleStart;
beforeAll(async () => {
  browser = await launch();
  start = moduleStartOf(await (await fetch(baseUrl())).text());
});
afterAll(async () => {
  await browser?.close();
});

/** A page of its own; no service worker (its precaching would fetch every chunk in the background). */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  return page;
}

const asset = (url: string) => url.replace(/^.*\/assets\//, '').replace(/[?#].*$/, '');
const assets = (hrefs: string[]) => hrefs.map(asset).sort();

/** In the page, before its own scripts: when the frame that paints the first story line began (rAF). */
const FIRST_LINE_FRAME = `(() => {
  new MutationObserver((records, observer) => {
    if (!document.querySelector('.page__lines .line')) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstLineFrame = performance.now(); });
  }).observe(document, { childList: true, subtree: true });
})()`;

/** In the page, before its own scripts: when the browser records the page's frame as presented (an LCP entry outside the header). */
const FIRST_LINE_SHOWN = `(() => {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.element && !e.element.closest('.app-header'))) return;
    observer.disconnect();
    window.__firstLineShown = performance.now();
  }).observe({ type: 'largest-contentful-paint', buffered: true });
})()`;

/**
 * In the page, before its own scripts: a browser that gives the page no largest-contentful-paint entry,
 * either because it has no such entry type (`observe` throws) or because it records none (it never reports).
 */
const noLcp = (how: 'unsupported' | 'silent') => `(() => {
  const observe = PerformanceObserver.prototype.observe;
  PerformanceObserver.prototype.observe = function (options) {
    if (!options || options.type !== 'largest-contentful-paint') return observe.call(this, options);
    if (${JSON.stringify(how)} === 'unsupported') throw new TypeError('largest-contentful-paint is not supported');
  };
})()`;

/** JS resources the page has fetched: file name and when the request started (page clock). */
const jsRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]+\.js$/.test(new URL(e.name).pathname))
      .map((e) => ({ file: new URL(e.name).pathname.replace(/^.*\/assets\//, ''), start: e.startTime })),
  );

const appRenderedAt = (page: Page) => page.evaluate(() => performance.getEntriesByName('sihv:app-rendered')[0]?.startTime ?? NaN);

/** The dialogs, panels and notices a first screen never shows, and what loads after idle. */
const NOT_AT_START = /^(Dialog|ConfirmDialog|Notice|SettingsPanel|ShortcutsOverlay|TranscriptPanel|RestartDialog|motion-features|register-sw|workbox-window)[-.]/;

describe('when the modules load', () => {
  it('an episode link asks for no script before its first line is painted and shown, then for every module the takeover needs at once', async () => {
    const page = await freshPage();
    const expected = assets(modulesFor(start, `#/episodio/${SLUG}`));
    expect(expected.some((f) => f.startsWith(`${SLUG}-`))).toBe(true); // the story
    expect(expected.some((f) => f.startsWith('run-'))).toBe(true); // the engine
    expect(expected.filter((f) => NOT_AT_START.test(f))).toEqual([]);
    await page.addInitScript(FIRST_LINE_FRAME);
    await page.addInitScript(FIRST_LINE_SHOWN);
    const scripts = await holdRequests(page, SCRIPTS);
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
    // With every script held, all of them are asked for: none waits for another to arrive.
    await expect.poll(() => assets(scripts.asked()), { timeout: 20_000 }).toEqual(expected);
    expect(await page.locator('.scene[data-phase="pre"] .page__lines .line').count()).toBe(1);
    await scripts.release();
    await page.waitForSelector(SCENE_READY);
    const [painted, shown] = await page.evaluate(() => {
      const w = window as { __firstLineFrame?: number; __firstLineShown?: number };
      return [w.__firstLineFrame ?? NaN, w.__firstLineShown ?? NaN];
    });
    const takeover = await appRenderedAt(page);
    const requests = await jsRequests(page);
    expect(Number.isFinite(painted)).toBe(true);
    expect(Number.isFinite(shown)).toBe(true);
    // Not one script before the frame that paints the first line, nor before the browser has recorded
    // that frame as shown (Lighthouse counts what was asked for before into the first line's time).
    expect(requests.filter((r) => r.start < painted)).toEqual([]);
    expect(requests.filter((r) => r.start < shown)).toEqual([]);
    // Nothing more before the takeover: no second round of requests.
    expect(requests.filter((r) => r.start < takeover).map((r) => r.file).sort()).toEqual(expected);
    await page.context().close();
  });

  // The paint script waits for the LCP entry of the painted page before it asks for the modules; where
  // none comes, a short timer after the painted frame starts them, and where there is no such entry
  // type at all, the painted frame itself does. Either way the app takes over.
  for (const [how, wait] of [['silent', 250], ['unsupported', 0]] as const) {
    it(`with no largest-contentful-paint entry (${how}), the modules are asked for ${wait} ms after the painted frame and the app takes over`, async () => {
      const page = await freshPage();
      await page.addInitScript(noLcp(how));
      await page.addInitScript(FIRST_LINE_FRAME);
      await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
      await page.waitForSelector(SCENE_READY, { timeout: 20_000 });
      const painted = await page.evaluate(() => (window as { __firstLineFrame?: number }).__firstLineFrame ?? NaN);
      const first = Math.min(...(await jsRequests(page)).map((r) => r.start));
      expect(Number.isFinite(painted)).toBe(true);
      // A timer never fires early; the frame's own callbacks ran before the page's clock was read here.
      expect(first).toBeGreaterThanOrEqual(painted + wait - 5);
      await page.context().close();
    });
  }

  it('the dialogs and panels are fetched after the takeover, when the page is idle, not before', async () => {
    const page = await freshPage();
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);
    const onDemand = /^(Dialog|Notice|SettingsPanel|ShortcutsOverlay|TranscriptPanel|RestartDialog)-/;
    await expect.poll(async () => (await jsRequests(page)).filter((r) => onDemand.test(r.file)).length, { timeout: 20_000 }).toBe(6);
    const takeover = await appRenderedAt(page);
    const early = (await jsRequests(page)).filter((r) => NOT_AT_START.test(r.file) && r.start < takeover);
    expect(early).toEqual([]);
    // And they work: the settings open.
    await page.getByRole('button', { name: 'Impostazioni' }).click();
    await page.getByRole('dialog').waitFor();
    await page.context().close();
  });

  it('a settings panel asked for while its chunk is still on its way opens when it arrives', async () => {
    const page = await freshPage();
    const panel = await holdRequests(page, /\/assets\/SettingsPanel-[^/]+\.js$/);
    await page.goto(`${baseUrl()}#/`);
    await page.waitForFunction(() => performance.getEntriesByName('sihv:app-rendered').length > 0);
    await page.keyboard.press('i');
    await expect.poll(panel.held, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await panel.release();
    await page.getByRole('dialog').waitFor();
    await page.context().close();
  });

  for (const hash of ['#/apri', `#/proietta/${SLUG}`, `#/presenta/${SLUG}`, '#/episodio/non-esiste']) {
    it(`${hash} (nothing painted) asks for all its modules at once`, async () => {
      const page = await freshPage();
      const expected = assets(modulesFor(start, hash));
      if (hash.startsWith('#/pro')) expect(expected.some((f) => f.startsWith('WorkshopScreen-'))).toBe(true);
      if (hash === '#/apri') expect(expected.some((f) => f.startsWith('OpenScreen-'))).toBe(true);
      const scripts = await holdRequests(page, SCRIPTS);
      await page.goto(`${baseUrl()}${hash}`, { waitUntil: 'commit' });
      await expect.poll(() => assets(scripts.asked()), { timeout: 20_000 }).toEqual(expected);
      expect(await page.locator('#root').getAttribute('data-pre')).toBeNull();
      await scripts.release();
      await page.context().close();
    });
  }
});
