// The stage as a reader sees it: the room drawn behind the figures, the men's colours kept at night,
// the idle motion only when motion is wanted, and a phone's first line still above the fold.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, openEpisode, readUntil, SCENE_READY } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function atExchange(width: number, height: number, colorScheme: 'light' | 'dark', reducedMotion: 'reduce' | 'no-preference' = 'reduce'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  await openEpisode(page);
  await readUntil(page, (s) => s.live.startsWith('Quello con la valigetta:'));
  await page.waitForSelector('[data-backdrop="7-eleven"] svg');
  // The stage follows the line once its frame is painted: wait for it to show the new speaker.
  await page.waitForSelector('.stage__figure[data-figure="valigetta"].is-speaking');
  return page;
}

const paint = (page: Page, selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).fill, selector);

describe('the stage', () => {
  it('draws the 7-eleven behind both men, and the coat stays dark in both themes', async () => {
    const fills: Record<string, { coat: string; wall: string }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const page = await atExchange(1280, 800, scheme);
      expect(await page.locator('[data-figure]').count()).toBe(2);
      expect(await page.locator('.stage').textContent()).not.toMatch(/scena è vuota/i);
      fills[scheme] = { coat: await paint(page, '[data-figure="cappotto"] .stage__svg .fig--coat .f-body'), wall: await paint(page, '[data-backdrop] .b-wall') };
      await page.context().close();
    }
    expect(fills.dark.coat).toBe(fills.light.coat);
    expect(fills.dark.coat).toBe('rgb(46, 44, 49)');
    // …while the room itself is lit for the evening.
    expect(fills.dark.wall).not.toBe(fills.light.wall);
  });

  it('the speaker takes a breath, once, and only when motion is wanted; nothing on the stage loops', async () => {
    const idle = (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('.stage__figure')].map((f) => `${f.getAttribute('data-figure')}${f.classList.contains('is-speaking') ? '*' : ''}:${getComputedStyle(f.querySelector('.stage__body')!).animationName}`));
    const looping = (page: Page) =>
      page.evaluate(() => document.getAnimations().filter((a) => a.effect?.getTiming().iterations === Infinity && a.playState !== 'finished').length);
    const moving = await atExchange(1280, 800, 'light', 'no-preference');
    // At the exchange the man with the briefcase speaks: he breathes, the listener stands still.
    expect((await idle(moving)).sort()).toEqual(['cappotto:none', 'valigetta*:stage-idle']);
    // Once (read from the style: the breath may be over by now on a busy machine).
    expect(await moving.locator('.stage__figure.is-speaking .stage__body').evaluate((b) => getComputedStyle(b).animationIterationCount)).toBe('1');
    // A loop would keep the compositor drawing every frame while the reader reads.
    expect(await looping(moving)).toBe(0);
    await moving.evaluate(() => (document.documentElement.dataset.motion = 'reduced'));
    expect((await idle(moving)).every((x) => x.endsWith(':none'))).toBe(true);
    await moving.context().close();
    const still = await atExchange(1280, 800, 'light', 'reduce');
    expect((await idle(still)).every((x) => x.endsWith(':none'))).toBe(true);
    await still.context().close();
  });

  it('at the largest text size on a narrow phone the caption keeps the place whole and the time inside the stage', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => localStorage.setItem('sihv.v1.settings', JSON.stringify({ textScale: 1.75 })));
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/episodio/episodio-4`);
    await page.waitForSelector(SCENE_READY);
    const stage = (await page.locator('.stage').boundingBox())!;
    const place = page.locator('.stage__place');
    // One line: «7-ELEVEN» never breaks at its hyphen.
    const lineHeight = await place.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.3);
    expect((await place.boundingBox())!.height).toBeLessThan(lineHeight * 1.6);
    const time = (await page.locator('.stage__time').boundingBox())!;
    expect(time.x + time.width).toBeLessThanOrEqual(stage.x + stage.width + 0.5);
    await context.close();
  });

  it('on a phone the stage stays modest: the first line is above the fold', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/episodio/episodio-4`);
    await page.waitForSelector(SCENE_READY);
    const stage = (await page.locator('.stage').boundingBox())!;
    expect(stage.height).toBeLessThanOrEqual(844 * 0.3);
    const line = (await page.locator('.line__text').first().boundingBox())!;
    expect(line.y + Math.min(line.height, 40)).toBeLessThan(844);
    await context.close();
  });
});
