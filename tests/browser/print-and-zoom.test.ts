import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, openEpisode, readUntil, screenshot, SCREENSHOTS } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});


/** A scene in a telling state: both figures on stage, a few lines on the page, choices showing. */
async function sceneWithChoices(page: Page) {
  await openEpisode(page);
  await readUntil(page, (s) => s.phase === 'choosing');
}

// Axe in both themes and the screenshots of every state are in screens.test.ts.
describe('print and small screens', () => {
  it('prints the transcript of the run, without the page chrome', async () => {
    const page = await newPage(browser);
    await sceneWithChoices(page);
    await page.keyboard.press('1');
    await page.waitForSelector('.page .line--choice');
    await page.emulateMedia({ media: 'print' });
    // The transcript is rendered for print only (beforeprint / print media), then laid out.
    await page.waitForSelector('.print-transcript .transcript', { state: 'visible', timeout: 5_000 });
    const visible = await page.evaluate(() => {
      const shown = (sel: string) => Array.from(document.querySelectorAll<HTMLElement>(sel)).some((e) => e.offsetParent !== null || e.getClientRects().length > 0);
      return {
        header: shown('.app-header'),
        stage: shown('.stage'),
        page: shown('.page'),
        transcript: shown('.print-transcript .transcript'),
        text: document.querySelector('.print-transcript')?.textContent ?? '',
      };
    });
    expect(visible).toMatchObject({ header: false, stage: false, page: false, transcript: true });
    expect(visible.text).toContain('Hai scelto:');
    await page.pdf?.({ path: `${SCREENSHOTS}/transcript-print.pdf` }).catch(() => undefined);
    await page.context().close();
  });

  it('stays usable at 360 px and at 200% zoom', async () => {
    for (const [w, h] of [
      [360, 640],
      [640, 400], // a 1280×800 window at 200% zoom
    ] as const) {
      const page = await newPage(browser, w, h);
      await sceneWithChoices(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.locator('.choice').first().scrollIntoViewIfNeeded();
      expect(await page.locator('.choice').first().isVisible()).toBe(true);
      await screenshot(page, `scene-${w}x${h}`);
      await page.context().close();
    }
  });
});

