// Saves that never lie, on the built site: full storage, two tabs, damaged and newer saves.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, newPage, openEpisode, SCENE_READY, snapshot, SLUG, step, waitForChange } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the idle save holds the line on screen. */
const saved = (page: Page) =>
  page.waitForFunction((slug) => {
    const beats = Number(document.querySelector<HTMLElement>('.scene')?.dataset.beats);
    const head = localStorage.getItem(`sihv.v1.save.${slug}`);
    return head !== null && JSON.parse(head).transcriptLength === beats;
  }, SLUG);

async function readLines(page: Page, n: number) {
  for (let i = 0; i < n; i++) await step(page);
  await saved(page);
  return snapshot(page);
}

describe('saves that never lie', () => {
  it('full storage at page load: the saved progress still shows, and the notice says the space is full', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const at = await readLines(page, 5);
    // Fill the origin's storage to the brim.
    await page.evaluate(() => {
      const block = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.${i}`, block);
        } catch {
          for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
            try {
              localStorage.setItem(`filler.small.${size}`, 'x'.repeat(size));
            } catch {
              /* smaller next */
            }
          }
          return;
        }
      }
    });
    await page.goto(baseUrl());
    await expect.poll(() => page.locator(`#ep-${SLUG}`).locator('xpath=ancestor::article').textContent()).toContain('In corso');
    await page.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    expect((await snapshot(page)).beats).toBe(at.beats);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('spazio per salvare è esaurito');
    await page.context().close();
  });

  it('two tabs of one episode: the one left behind stops saving, says so, and can follow the other', async () => {
    const a = await newPage(browser);
    await openEpisode(a);
    const b = await a.context().newPage();
    await b.goto(`${baseUrl()}#/episodio/${SLUG}`);
    await b.waitForSelector(SCENE_READY);
    const ahead = await readLines(a, 12);
    await expect.poll(() => b.getByRole('status').textContent()).toContain("andato avanti in un'altra scheda");
    // B reads on: its steps are not saved over A's place.
    const bBefore = await snapshot(b);
    await b.keyboard.press('ArrowRight');
    await waitForChange(b, bBefore);
    await b.waitForTimeout(300);
    await a.reload();
    await a.waitForSelector(SCENE_READY);
    expect((await snapshot(a)).beats).toBe(ahead.beats);
    // B follows A.
    await b.getByRole('button', { name: "Vai al punto dell'altra scheda" }).click();
    await expect.poll(async () => (await snapshot(b)).beats).toBe(ahead.beats);
    expect((await snapshot(b)).live).toBe(ahead.live);
    await a.context().close();
  });

  it('a save whose line lacks a field is reported, set aside, and the episode plays (never stuck loading)', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await readLines(page, 3);
    await page.evaluate((slug) => {
      const head = JSON.parse(localStorage.getItem(`sihv.v1.save.${slug}`)!);
      const key = head.chunks[0];
      const beats = JSON.parse(localStorage.getItem(key)!);
      beats[0].directions = 'nessuna';
      localStorage.setItem(key, JSON.stringify(beats));
    }, SLUG);
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('danneggiati');
    expect(await page.evaluate((slug) => localStorage.getItem(`sihv.v1.aside.${slug}`) !== null, SLUG)).toBe(true);
    await step(page);
    expect(await page.evaluate((slug) => localStorage.getItem(`sihv.v1.aside.${slug}`) !== null, SLUG)).toBe(true);
    await page.context().close();
  });

  it('a save from a newer player says so and is left untouched', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const newer = JSON.stringify({ schema: 99, story: SLUG, chunks: [] });
    await page.evaluate(([slug, value]) => localStorage.setItem(`sihv.v1.save.${slug}`, value), [SLUG, newer]);
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('versione più recente');
    await step(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate((slug) => localStorage.getItem(`sihv.v1.save.${slug}`), SLUG)).toBe(newer);
    await page.context().close();
  });
});
