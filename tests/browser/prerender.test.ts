// Text before script (issue 13, scripts/prerender.ts): the built page paints the route's first screen
// from its HTML before any module runs, counts taps on «Continua» meanwhile, paints a returning
// reader's last screen, and the app takes over without a layout shift.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/bench/serve';
import { buildInto, EPISODES, tempDir } from './built-site';
import { holdRequests, launch, layoutShifts, newPage, SCENE_READY, SCRIPTS, SLUG, snapshot, step, watchShifts } from './helpers';

// A production build of its own: vitest sets NODE_ENV=test, which gives the shared site React's
// development build, whose StrictMode mounts the scene twice (and so reopens it) at the takeover.
let browser: Browser;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;
const baseUrl = () => server.url;
beforeAll(async () => {
  dist = tempDir('prerender');
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await buildInto(dist);
  } finally {
    process.env.NODE_ENV = env;
  }
  server = await serve({ '/': dist });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

const lineTexts = (page: Page) => page.locator('.page__lines .line .line__text').allTextContents();

describe('text before script', () => {
  it('an episode link shows its title and opening line from the HTML, with no module loaded', async () => {
    const page = await newPage(browser);
    const gate = await holdRequests(page, SCRIPTS);
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
    await page.locator('.page__lines .line').first().waitFor();
    // The modules are asked for once the first line is painted, and are still held.
    await expect.poll(gate.held).toBeGreaterThan(0);
    const title = await page.locator('h1.scene__title').textContent();
    const painted = await lineTexts(page);
    expect(painted).toHaveLength(1);
    expect(await page.title()).toBe(`${title} — Se Internet ha vinto`);
    expect(title).not.toBe(SLUG); // the episode's own title, not its slug
    expect(await page.locator('.scene').getAttribute('data-phase')).toBe('pre');
    expect(await page.locator('.page__loading').count()).toBe(0);
    await gate.release();
    await page.waitForSelector(SCENE_READY);
    expect(await lineTexts(page)).toEqual(painted);
    expect(await page.locator('h1.scene__title').textContent()).toBe(title);

    // The episode's number links to the same page.
    const byNumber = await newPage(browser);
    await holdRequests(byNumber, SCRIPTS);
    await byNumber.goto(`${baseUrl()}#/episodio/${SLUG.replace('episodio-', '')}`, { waitUntil: 'commit' });
    await byNumber.locator('.page__lines .line').first().waitFor();
    expect(await lineTexts(byNumber)).toEqual(painted);
    await byNumber.context().close();
    await page.context().close();
  });

  it('the home page shows the episode list from the HTML; an unknown episode paints the header alone', async () => {
    const page = await newPage(browser);
    await holdRequests(page, SCRIPTS);
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await page.locator('.episode-list').waitFor();
    expect(await page.locator('.episode-list > li').count()).toBe(EPISODES.length);
    expect(await page.locator('h1.home__title').count()).toBe(1);
    const unknown = await newPage(browser);
    await holdRequests(unknown, SCRIPTS);
    await unknown.goto(`${baseUrl()}#/episodio/non-esiste`, { waitUntil: 'commit' });
    await unknown.locator('#root').waitFor({ state: 'attached' });
    await unknown.waitForTimeout(300);
    // The readers' header, which every page starts with; the app then says the episode does not exist.
    expect(await unknown.evaluate(() => [...document.getElementById('root')!.children].map((el) => el.className))).toEqual(['skip-link', 'app-header']);
    expect(await unknown.locator('#root[data-pre]').count()).toBe(0);
    await unknown.context().close();
    await page.context().close();
  });

  it('a reader tabbing through the painted home page keeps their place when the app takes over', async () => {
    const page = await newPage(browser);
    const gate = await holdRequests(page, SCRIPTS);
    await page.goto(baseUrl(), { waitUntil: 'commit' });
    await page.locator('.episode-list').waitFor();
    const href = `#/episodio/${SLUG}`;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.getAttribute('href'))) === href) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await gate.release();
    await page.waitForFunction(() => performance.getEntriesByName('sihv:app-rendered').length > 0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.keyboard.press('Enter');
    await page.waitForSelector(SCENE_READY);
    await page.context().close();
  });

  it('taps on «Continua» before the app is ready are each taken once', async () => {
    const TAPS = 3;
    // What three taps show once the app is running.
    const control = await newPage(browser);
    await control.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await control.waitForSelector(SCENE_READY);
    for (let i = 0; i < TAPS; i++) await step(control);
    const expected = await lineTexts(control);
    expect(expected.length).toBeGreaterThan(1);
    await control.context().close();

    const page = await newPage(browser);
    const gate = await holdRequests(page, SCRIPTS);
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
    await page.locator('.continue').waitFor();
    for (let i = 0; i < TAPS; i++) await page.locator('.continue').click();
    expect(await lineTexts(page)).toHaveLength(1); // nothing moved yet: the taps wait
    await gate.release();
    await page.waitForSelector(SCENE_READY);
    await expect.poll(() => lineTexts(page)).toEqual(expected);
    await page.waitForTimeout(300);
    expect(await lineTexts(page)).toEqual(expected); // not taken twice
    await page.context().close();
  });

  it("a returning reader's last lines are painted before the app; a corrupt snapshot paints the opening", async () => {
    // No service worker: it would serve the modules past the route that holds them.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);
    const opening = await lineTexts(page);
    let s = await snapshot(page);
    for (let i = 0; i < 5 && s.phase === 'reading'; i++) s = await step(page);
    const read = await lineTexts(page);
    expect(read.length).toBeGreaterThan(opening.length);
    await page.waitForFunction((slug) => localStorage.getItem(`sihv.v1.snap.${slug}`) !== null, SLUG);
    await expect.poll(async () => JSON.parse((await page.evaluate((slug) => localStorage.getItem(`sihv.v1.snap.${slug}`), SLUG)) ?? '{}').beats).toBe(s.beats);

    const again = await page.context().newPage();
    const gate = await holdRequests(again, SCRIPTS);
    await again.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
    await again.locator('.page__lines .line').first().waitFor();
    expect(await lineTexts(again)).toEqual(read);
    await gate.release();
    await again.waitForSelector(SCENE_READY);
    expect(await lineTexts(again)).toEqual(read);
    await again.close();

    for (const corrupt of ['{"v":1,"lines":[{"kind":"speech","text":5}]}', '{not json', '"text"', '{"v":1,"lines":[{"kind":"<img>","text":"x"}]}']) {
      await page.evaluate(([slug, value]) => localStorage.setItem(`sihv.v1.snap.${slug}`, value), [SLUG, corrupt]);
      const broken = await page.context().newPage();
      await holdRequests(broken, SCRIPTS);
      await broken.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
      await broken.locator('.page__lines .line').first().waitFor();
      expect(await lineTexts(broken)).toEqual(opening);
      await broken.close();
    }
    await page.context().close();
  });

  it('the drawn room, left out of the HTML, fades in once the app draws it', async () => {
    const page = await newPage(browser, 1280, 800, 'light', 'no-preference');
    // Its look the moment it is added (the observer runs before any frame can draw it).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const room = document.querySelector('.stage > .backdrop--drawn');
        if (room && !('roomAdded' in window)) Object.assign(window, { roomAdded: { animation: getComputedStyle(room).animationName, opacity: getComputedStyle(room).opacity } });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);
    expect(await page.evaluate(() => (window as unknown as { roomAdded: unknown }).roomAdded)).toEqual({ animation: 'room-in', opacity: '0' });
    await page.waitForTimeout(700);
    expect(await page.locator('.stage > .backdrop--drawn').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.context().close();
  });

  for (const [name, hash] of [
    ['an episode link', `#/episodio/${SLUG}`],
    ['the home page', '#/'],
  ] as const) {
    it(`the app takes over ${name} with the same DOM and no layout shift`, async () => {
      const page = await newPage(browser, 390, 844);
      await watchShifts(page);
      // The swap to the self-hosted faces (html.type-serif/-sans, when idle) shifts text by itself, with or
      // without the pre-render (issue 13, point 2): kept out here, so what is measured is the takeover.
      await page.addInitScript(() => {
        const add = DOMTokenList.prototype.add;
        DOMTokenList.prototype.add = function (...tokens: string[]) {
          add.apply(this, tokens.filter((t) => !t.startsWith('type-')));
        };
      });
      const gate = await holdRequests(page, SCRIPTS);
      await page.goto(`${baseUrl()}${hash}`, { waitUntil: 'commit' });
      await page.waitForSelector('#root[data-pre]');
      const painted = await page.locator('#root').innerHTML();
      expect(painted).not.toContain('backdrop--drawn'); // the room is drawn by the app (components/draw-room.ts)
      await gate.release();
      await page.waitForFunction(() => !document.getElementById('root')!.hasAttribute('data-pre'));
      // The app's first render is the painted page and, on an episode, the drawn room behind the stage
      // (only the scene's phase says the app is there now).
      const room = page.locator('.stage > .backdrop--drawn');
      expect(await room.count()).toBe(hash === '#/' ? 0 : 1);
      const rendered = await page.evaluate(() => {
        const copy = document.getElementById('root')!.cloneNode(true) as HTMLElement;
        copy.querySelector('.stage > .backdrop--drawn')?.remove();
        return copy.innerHTML;
      });
      expect(rendered.replace('data-phase="reading"', 'data-phase="pre"')).toBe(painted);
      // Reduced motion (newPage's default): the room is there at once, no fade.
      if (hash !== '#/') expect(await room.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.documentElement.className)).not.toMatch(/\btype-/);
      const { cls, shifts } = await layoutShifts(page);
      expect(shifts).toEqual([]);
      expect(cls).toBe(0);
      await page.context().close();
    });
  }
});
