// A cheap first frame (issue 13, scripts/critical-css.ts, src/styles/fonts.css): the header every page
// starts with is painted styled before any download, the rest of the page waits for the stylesheet and
// comes in styled, the stylesheet changes nothing in the header, and the swap to the self-hosted faces
// moves nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, holdRequests, launch, layoutShifts, newPage, SCRIPTS, SLUG, watchShifts } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


const PROPS = ['display', 'position', 'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'color', 'background-color', 'margin', 'padding', 'border', 'grid-template-columns', 'flex-direction', 'opacity', 'visibility', 'text-align'];

/** Computed styles and boxes of every element in #root, in document order. */
const firstScreen = (page: Page) =>
  page.evaluate((props) => {
    return [...document.querySelectorAll('#root *')].map((el) => {
      const cs = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const tag = `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').replace(/ /g, '.')}`;
      return `${tag} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
    });
  }, PROPS);

const linkedSheets = (page: Page) => page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length);

// A returning reader's last screen (scripts/prerender.ts paints it from this snapshot): a narration, a
// choice made and the line after it, lines the opening's template does not have.
const SNAP = { v: 1, lines: [
  { id: 3, kind: 'narration', text: 'Una riga del narratore.' },
  { id: 4, kind: 'choice', text: 'Una scelta fatta.' },
  { id: 5, kind: 'speech', text: 'Una battuta dopo la scelta.', speaker: 'Qualcuno', color: '#8a5a00' },
], hidden: 2, phase: 'reading', beats: 3 };

describe('first frame', () => {
  it('the header’s CSS is inline, rendering waits for the header and nothing else, the stylesheet linked before the paint script, no font preload', async () => {
    const html = await (await fetch(baseUrl())).text();
    const head = html.slice(0, html.indexOf('</head>'));
    // The encoding is declared where a browser looks for it, in the first 1,024 bytes.
    expect(html.indexOf('<meta charset="UTF-8"')).toBeGreaterThan(0);
    expect(html.indexOf('<meta charset="UTF-8"')).toBeLessThan(1024 - 30);
    expect(head).not.toMatch(/<link[^>]+rel="stylesheet"/);
    // No frame before the header is parsed (a blank one came first when the parser paused after <head>).
    expect([...head.matchAll(/<[^>]+blocking="render"[^>]*>/g)].map((m) => m[0])).toEqual(['<link rel="expect" href="#app-header" blocking="render">']);
    expect(head).not.toMatch(/<link[^>]+as="font"/);
    const critical = /<style data-critical>([\s\S]*?)<\/style>/.exec(head)?.[1] ?? '';
    expect(critical).toMatch(/\.app-header/);
    // Only the header: no rule of the page below it, of another screen, no face that downloads.
    expect(critical).not.toMatch(/\.line__text|\.stage|\.home__|\.dialog|\.workshop|\.projector/);
    expect(critical).not.toMatch(/url\(/);
    // The header is in #root itself; the sheet's link comes after the templates, right before the paint script.
    // Then the start script with the module list, the sheet, and the paint script, which calls the start
    // script and waits for the sheet: none of them runs before the header's frame (only the settings
    // and the bare-route mark are in <head>), and the start script does not wait for the sheet.
    expect(html).toMatch(/<div id="root"><a class="skip-link"[^]*?<header class="app-header" id="app-header">[^]*?<\/header><\/div><template id="pre-[^]*<\/template>\s*<noscript>[^<]*<\/noscript>\s*<script>\(function \(\) \{\n  var M = \/\*sihv-modules\*\/[^]*?<\/script>\s*<link rel="stylesheet"[^>]+href="\.\/assets\/index-[\w-]+\.css"><script>\(function \(\) \{\n  var d = document, root[^]*<\/script>\s*<\/body>/);
    expect(head).not.toContain('sihv-modules');
    expect(head.match(/<script>/g)).toHaveLength(1);
  });

  it('no frame is drawn before the header is parsed, even when the parser pauses after <head> (4× CPU)', async () => {
    const blank: boolean[] = [];
    for (let load = 0; load < 3; load++) {
      const page = await newPage(browser, 1280, 800);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // The first frame's callbacks run just before it is drawn: is the header there to draw?
      await page.addInitScript(() => {
        requestAnimationFrame(() => ((window as unknown as { firstFrameHeader: boolean }).firstFrameHeader = !!document.querySelector('#root .app-header')));
      });
      await page.goto(`${baseUrl()}#/episodio/${SLUG}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => 'firstFrameHeader' in window);
      blank.push(!(await page.evaluate(() => (window as unknown as { firstFrameHeader: boolean }).firstFrameHeader)));
      await page.context().close();
    }
    expect(blank).toEqual([false, false, false]);
  });

  it('a page the HTML does not paint (#/apri) shows nothing, not even the readers’ header, until the stylesheet is in and the app draws it', async () => {
    const page = await newPage(browser, 390, 844);
    const css = await holdRequests(page, /\/assets\/index-[\w-]+\.css$/);
    await page.goto(`${baseUrl()}#/apri`, { waitUntil: 'commit' });
    // The app's modules arrive and run; with the sheet held, nothing is drawn unstyled.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/assets\/OpenScreen-[\w-]+\.js$/.test(r.name)));
    await page.waitForTimeout(500);
    expect(css.held()).toBe(1);
    expect(await page.locator('#root').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await css.release();
    await page.getByRole('heading', { name: 'Apri una storia ink' }).waitFor();
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.cssRules.length > 0))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-bare'))).toBe(false);
    await page.context().close();
  });

  for (const [name, hash, snap] of [
    ['an episode link', `#/episodio/${SLUG}`, null],
    ['a returning reader’s episode', `#/episodio/${SLUG}`, SNAP],
    ['the home page', '#/', null],
  ] as const) {
    it(`${name}: the header is painted styled before the stylesheet arrives, the page comes with it, and nothing in the header changes or shifts`, async () => {
      const page = await newPage(browser, 390, 844);
      await watchShifts(page);
      // A returning reader also brings their settings: the header's frame is already drawn in them.
      if (snap) await page.addInitScript((s) => {
        localStorage.setItem(`sihv.v1.snap.${s.slug}`, JSON.stringify(s.snap));
        localStorage.setItem('sihv.v1.settings', JSON.stringify({ theme: 'dark', motion: 'reduced', textScale: 1.25 }));
      }, { slug: SLUG, snap });
      // No module either: what is on screen is the HTML's alone.
      const scripts = await holdRequests(page, SCRIPTS);
      const css = await holdRequests(page, /\/assets\/index-[\w-]+\.css$/);
      await page.goto(`${baseUrl()}${hash}`, { waitUntil: 'commit' });
      await page.waitForSelector('#root .app-header');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      expect(css.held()).toBe(1);
      expect(await linkedSheets(page)).toBe(0);
      // Only the header so far: the paint script waits behind the pending sheet.
      expect(await page.evaluate(() => [...document.getElementById('root')!.children].map((el) => el.className))).toEqual(['skip-link', 'app-header']);
      const header = await firstScreen(page);
      if (snap) {
        expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.motion, document.documentElement.style.getPropertyValue('--text-scale')])).toEqual(['dark', 'reduced', '1.25']);
        // The dark theme's background, though the browser asks for light.
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 21, 25)');
      }
      // Styled: the page's own colours and layout, not the browser's defaults.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
      expect(await page.locator('.app-header__name').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/fallback/);

      await css.release();
      await page.waitForSelector('#root[data-pre]');
      if (snap) await page.locator('.line--choice').waitFor();
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      expect(await linkedSheets(page)).toBe(1);
      // The page came in styled, set in the local faces until the downloaded ones are in.
      const line = page.locator('.page__lines .line .line__text, .home h1').first();
      expect(await line.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/fallback/);
      expect((await firstScreen(page)).slice(0, header.length)).toEqual(header);
      expect((await layoutShifts(page)).shifts).toEqual([]);
      await scripts.release();
      await page.context().close();
    });
  }

  for (const [name, hash] of [
    ['the home page', '#/'],
    ['an episode', `#/episodio/${SLUG}`],
  ] as const) {
    it(`the swap to the self-hosted faces does not shift ${name}`, async () => {
      const page = await newPage(browser, 412, 823);
      await watchShifts(page);
      await page.goto(`${baseUrl()}${hash}`);
      await page.waitForSelector('html.type-ready', { state: 'attached' });
      await page.evaluate(() => document.fonts.ready);
      expect(await page.evaluate(() => document.fonts.check('16px Literata') && document.fonts.check('16px Figtree'))).toBe(true);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      // Before the metric-matched faces the swap alone scored 0.079 on the home page (Lighthouse's mobile size);
      // before the toolbar's labels kept room for two lines, 0.0015 on an episode (the bar moved by 7 px).
      expect((await layoutShifts(page)).cls).toBeLessThan(0.0005);
      await page.context().close();
    });
  }
});
