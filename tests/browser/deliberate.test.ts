// Choices are made on purpose only, and the stage shows who speaks: the built site in Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newPage, openEpisode, readUntil, SCENE_READY, snapshot, SLUG, waitForChange } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const choicesMade = (page: import('playwright-core').Page) =>
  page.evaluate(() => Number(document.querySelector<HTMLElement>('.scene')?.dataset.choices ?? -1));

describe('no accidental choices', () => {
  it('Enter pressed every 150 ms through the whole episode never picks a choice; 1–9 does', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    let deliberate = 0;
    let enterAtChoice = 0;
    for (let i = 0; i < 2000; i++) {
      const s = await snapshot(page);
      if (s.phase === 'ended') break;
      if (s.phase === 'choosing' && (await page.locator('.choice').count()) > 0) {
        // Keep holding Enter at the branch point for a while: nothing may be chosen.
        if (enterAtChoice < 8) {
          enterAtChoice++;
          await page.keyboard.press('Enter');
          await page.waitForTimeout(150);
          continue;
        }
        enterAtChoice = 0;
        expect(await choicesMade(page)).toBe(deliberate);
        deliberate++;
        await page.keyboard.press(String(s.choices.length)); // the last option: a different route from the other tests
        await waitForChange(page, s);
        continue;
      }
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
    }
    expect((await snapshot(page)).phase).toBe('ended');
    expect(deliberate).toBeGreaterThanOrEqual(6);
    expect(await choicesMade(page)).toBe(deliberate);
    await page.context().close();
  }, 240_000);

  it('a double tap (180 ms apart) on the line before a choice makes no choice, on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);
    await readUntil(page, (s) => s.phase === 'choosing');
    await page.waitForSelector('.choice');
    await page.keyboard.press('ArrowLeft'); // back one line: the next tap brings the choices
    await page.waitForSelector('button.continue');
    const box = (await page.locator('button.continue').boundingBox())!;
    const before = await snapshot(page);
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const firstTap = Date.now();
    await page.waitForSelector('.choice');
    // The second tap of the double tap lands on the first choice, which has just appeared.
    const choice = (await page.locator('.choice').first().boundingBox())!;
    await page.waitForTimeout(Math.max(0, 180 - (Date.now() - firstTap)));
    await page.touchscreen.tap(choice.x + choice.width / 2, choice.y + choice.height / 2);
    await page.waitForTimeout(300);
    const after = await snapshot(page);
    expect(after.phase).toBe('choosing');
    expect(await choicesMade(page)).toBe(0);
    expect(after.beats).toBe(before.beats + 1);
    // A deliberate tap, a moment later, chooses.
    await page.waitForTimeout(400);
    await page.touchscreen.tap(choice.x + choice.width / 2, choice.y + choice.height / 2);
    await waitForChange(page, after);
    expect(await choicesMade(page)).toBe(1);
    await context.close();
  });

  it('Tab then Enter picks a choice at once', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await readUntil(page, (s) => s.phase === 'choosing');
    await page.waitForSelector('.choice');
    const s = await snapshot(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);
    await page.keyboard.press('Enter');
    await waitForChange(page, s);
    expect(await choicesMade(page)).toBe(1);
    await page.context().close();
  });
});

describe('the stage tells the truth', () => {
  it('the speaker is lit and the other figure dimmed (computed opacity)', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await readUntil(page, (s) => s.live.startsWith('Quello con la valigetta:'));
    const opacity = (id: string) =>
      page.evaluate((f) => Number(getComputedStyle(document.querySelector(`[data-figure="${f}"] .stage__svg`)!).opacity), id);
    await expect.poll(() => opacity('valigetta')).toBe(1);
    await expect.poll(() => opacity('cappotto')).toBeLessThan(0.6);
    await readUntil(page, (s) => s.live.startsWith("L'uomo con il cappotto:"));
    await expect.poll(() => opacity('cappotto')).toBe(1);
    await expect.poll(() => opacity('valigetta')).toBeLessThan(0.6);
    await page.context().close();
  });

  it('← and Page Up step back one line, Backspace to the last choice', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const first = await readUntil(page, (s) => s.beats >= 6 && s.phase === 'reading');
    await page.keyboard.press('ArrowRight');
    await waitForChange(page, first);
    const second = await snapshot(page);
    await page.keyboard.press('PageUp');
    await waitForChange(page, second);
    expect((await snapshot(page)).live).toBe(first.live);
    const atFirstChoice = await readUntil(page, (s) => s.phase === 'choosing');
    await page.waitForSelector('.choice');
    await page.keyboard.press('1');
    await waitForChange(page, atFirstChoice);
    await readUntil(page, (s) => s.phase === 'choosing');
    const atSecondChoice = await snapshot(page);
    await page.keyboard.press('Backspace');
    await waitForChange(page, atSecondChoice);
    expect(await choicesMade(page)).toBe(0);
    expect((await snapshot(page)).phase).toBe('choosing');
    await page.context().close();
  });
});
