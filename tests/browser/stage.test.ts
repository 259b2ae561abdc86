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

  it('breathes only when motion is wanted: not under the system setting, not under the app setting', async () => {
    const idle = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.stage__body')].map((b) => getComputedStyle(b).animationName));
    const moving = await atExchange(1280, 800, 'light', 'no-preference');
    expect(await idle(moving)).toEqual(['stage-idle', 'stage-idle']);
    await moving.evaluate(() => (document.documentElement.dataset.motion = 'reduced'));
    expect(await idle(moving)).toEqual(['none', 'none']);
    await moving.context().close();
    const still = await atExchange(1280, 800, 'light', 'reduce');
    expect(await idle(still)).toEqual(['none', 'none']);
    await still.context().close();
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
