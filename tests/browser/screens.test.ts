// Looks (issue 12): screenshots of the reading page at a phone and a laptop size and of the room's
// screen, in both themes, saved to test-results/screens/ to be looked at; every state axe-clean (AA
// contrast included) in both themes; the text face preloaded and the only font fetched before the first
// line; no endless motion under reduced motion.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newPage, openEpisode, readUntil, SLUG, violations } from './helpers';

const SCREENS = path.resolve(__dirname, '../../test-results/screens');
const SIZES = [
  [390, 844],
  [1280, 800],
] as const;
const THEMES = ['light', 'dark'] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


/** The theme as the settings set it (the attribute only picks the colour scheme; see base.css). */
async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
}

/** Fonts loaded, fades settled: what a reader sees once the page is still. */
async function settle(page: Page) {
  await page.waitForSelector('html.type-ready', { state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(350);
}

/**
 * The state on screen at each size and theme: a screenshot, and no axe violation. `name` becomes
 * `<name>-<w>x<h>-<theme>.png`. Sizes change the viewport of the same page (the run is the same).
 */
async function shoot(page: Page, name: string, sizes: readonly (readonly [number, number])[] = SIZES, where: 'top' | 'end' = 'end') {
  fs.mkdirSync(SCREENS, { recursive: true });
  const found: string[] = [];
  for (const [width, height] of sizes) {
    await page.setViewportSize({ width, height });
    for (const theme of THEMES) {
      await setTheme(page, theme);
      await settle(page);
      // As a reader sees it after reading on at this size: the newest line (or the home page's top) in view.
      await page.evaluate((w) => window.scrollTo(0, w === 'top' ? 0 : document.documentElement.scrollHeight), where);
      await page.screenshot({ path: path.join(SCREENS, `${name}-${width}x${height}-${theme}.png`) });
      found.push(...(await violations(page)).map((v) => `${name} ${width}×${height} ${theme}: ${v}`));
      if (await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)) found.push(`${name} ${width}×${height}: scrolls sideways`);
    }
  }
  await setTheme(page, 'light');
  expect(found).toEqual([]);
}

const live = (page: Page) => page.locator('[data-testid="live"]').textContent();

describe('screens', () => {
  it('home, first line, an exchange, a choice, the history and the end, at 390×844 and 1280×800, light and dark', async () => {
    const page = await newPage(browser, 390, 844);
    await page.goto(baseUrl());
    await page.locator('.episode-card').first().waitFor();
    await shoot(page, 'home', SIZES, 'top');

    await openEpisode(page);
    await shoot(page, 'first-line');

    // Two characters answering each other: the coat speaks, then the briefcase.
    await readUntil(page, (s) => s.live.startsWith('Quello con la valigetta'));
    await shoot(page, 'exchange');

    await readUntil(page, (s) => s.phase === 'choosing');
    await shoot(page, 'choice');
    // At 175% text (as the settings set it), the names and the stage grow with the words.
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.75'));
    await shoot(page, 'choice-text-175');
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1'));

    await page.keyboard.press('c');
    await page.getByRole('dialog', { name: 'Cronologia' }).waitFor();
    await shoot(page, 'history');
    await page.keyboard.press('Escape');

    const end = await readUntil(page, () => false);
    expect(end.phase).toBe('ended');
    await shoot(page, 'end');

    await page.goto(baseUrl());
    await page.locator('.episode-card').first().waitFor();
    await shoot(page, 'home-after-ending', SIZES, 'top');
    await page.context().close();
  });

  it('the room’s screen at 1920×1080: first line, an exchange, a choice and the end, light and dark', async () => {
    const page = await newPage(browser, 1920, 1080);
    const room = [[1920, 1080]] as const;
    await page.goto(`${baseUrl()}#/proietta/${SLUG}`);
    const phase = () => page.locator('.projector').getAttribute('data-phase');
    await page.waitForSelector('.projector[data-phase="reading"]');
    await shoot(page, 'room-first-line', room);
    const readOn = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 600 && !(await done()); i++) {
        const before = await page.locator('.projector').getAttribute('data-beats');
        const choosing = (await phase()) === 'choosing';
        if (choosing) await page.waitForSelector('.projector .room-choices__item', { timeout: 10_000 }).catch(() => undefined);
        await page.keyboard.press(choosing ? '1' : 'ArrowRight');
        await page.waitForFunction(
          ([b, p]) => {
            const el = document.querySelector<HTMLElement>('.projector');
            return el && (el.dataset.beats !== b || el.dataset.phase !== p);
          },
          [before, choosing ? 'choosing' : 'reading'],
          { timeout: 15_000 },
        );
      }
    };
    await readOn(async () => ((await page.locator('.projector__lines').textContent()) ?? '').includes('Anch’io per un momento'));
    await shoot(page, 'room-exchange', room);
    await readOn(async () => (await phase()) === 'choosing');
    await page.waitForTimeout(1_500); // the choices' grace period and any pause
    await shoot(page, 'room-choice', room);
    await readOn(async () => (await phase()) === 'ended');
    await shoot(page, 'room-end', room);
    await page.context().close();
  });

  it('preloads the text face only; the first line is set in it; reduced motion leaves nothing moving', async () => {
    const html = await (await fetch(baseUrl())).text();
    const preloads = [...html.matchAll(/<link[^>]+rel="preload"[^>]*>/g)].map((m) => m[0]).filter((l) => /as="font"/.test(l));
    expect(preloads).toHaveLength(1);
    expect(preloads[0]).toMatch(/href="\.\/assets\/literata-latin-wght-normal-[\w-]+\.woff2"/);
    expect(preloads[0]).toMatch(/crossorigin/);

    const page = await newPage(browser, 390, 844);
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(path.basename(new URL(r.url()).pathname));
    });
    await openEpisode(page);
    expect(await live(page)).not.toBe('');
    // The faces take over once the first screen is drawn (src/app/type-ready.ts).
    await page.waitForSelector('html.type-ready', { state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    const face = await page.locator('.page .line__text').first().evaluate((el) => ({
      family: getComputedStyle(el).fontFamily,
      loaded: document.fonts.check(`${getComputedStyle(el).fontStyle} 16px Literata`),
    }));
    expect(face.family).toMatch(/^"?Literata/);
    expect(face.loaded).toBe(true);
    // Latin subset only: no other subset of any face is ever fetched.
    expect(fonts.every((f) => /-latin-wght-(normal|italic)-/.test(f))).toBe(true);

    // Under reduced motion (the context's preference), nothing loops once the page is still.
    await page.waitForTimeout(800);
    const looping = await page.evaluate(() =>
      document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations === Infinity).length,
    );
    expect(looping).toBe(0);
    await page.context().close();
  });
});
