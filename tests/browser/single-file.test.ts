// The single file (issue 10): `vite build --mode single` writes one HTML file holding every episode.
// Opened from disk (file://) it plays an episode to an ending, with rewind, history, settings and saves
// kept across a reload, and the workshop's two windows in sync.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { SINGLE_FILE } from '../../scripts/pwa';
import { buildInto, EPISODES, pageIn, tempDir } from './built-site';
import { launch, readUntil, SCENE_READY, SLUG, snapshot, step, waitForChange } from './helpers';

let browser: Browser;
let out: string;
let url: string;
beforeAll(async () => {
  out = tempDir('single');
  await buildInto(out, { mode: 'single' });
  url = pathToFileURL(path.join(out, SINGLE_FILE)).href;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

async function open(context: BrowserContext, hash: string): Promise<Page> {
  const page = await pageIn(context);
  // Nothing but the file itself is ever requested.
  page.on('request', (r) => {
    if (r.url().split('#')[0] !== url && !r.url().startsWith('data:')) throw new Error(`requested ${r.url()}`);
  });
  await page.goto(`${url}${hash}`);
  return page;
}

describe('the single file', () => {
  it('is one file with every episode, no service worker and nothing to fetch', () => {
    expect(fs.readdirSync(out)).toEqual([SINGLE_FILE]);
    const html = fs.readFileSync(path.join(out, SINGLE_FILE), 'utf8');
    for (const slug of EPISODES) expect(html).toContain(slug);
    // The page's own tags, without the inlined code: nothing links to another file.
    const tags = html.replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2></$1>');
    expect(tags).not.toMatch(/\ssrc=|<link(?![^>]*href="data:)[^>]*href=/);
    expect(html).not.toContain('serviceWorker.register');
  });

  it('from file:// plays to an ending, with rewind, history, settings and a save that survives a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    onTestFinished(() => context.close());
    const page = await open(context, '#/');
    for (const slug of EPISODES) await page.waitForSelector(`#ep-${slug}`);
    await page.goto(`${url}#/episodio/${SLUG}`);
    await page.waitForSelector(SCENE_READY);

    // Settings: the dark theme.
    await page.keyboard.press('i');
    await page.getByRole('dialog', { name: 'Impostazioni di lettura' }).waitFor();
    await page.getByLabel('Scuro').check();
    await page.keyboard.press('Escape');

    const end = await readUntil(page, () => false);
    expect(end.phase).toBe('ended');
    // Rewind one line, then the history, then back to the end.
    await page.keyboard.press('ArrowLeft');
    await waitForChange(page, end);
    const back = await snapshot(page);
    expect(back.beats).toBeLessThan(end.beats);
    await page.keyboard.press('c');
    const history = page.getByRole('dialog', { name: 'Cronologia' });
    await history.waitFor();
    expect(await history.locator('.transcript__item').count()).toBeGreaterThan(3);
    await page.keyboard.press('Escape');
    await step(page);

    // Saved in localStorage (it works on file:// in Chromium): a reload comes back at the same place.
    const at = await snapshot(page);
    await page.waitForFunction(
      ([slug, beats]) => {
        const saved = localStorage.getItem(`sihv.v1.save.${slug}`);
        return saved !== null && JSON.parse(saved).transcriptLength === beats;
      },
      [SLUG, at.beats] as const,
    );
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    expect((await snapshot(page)).beats).toBe(at.beats);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('from file:// runs a workshop: the presenter window drives the projector window', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    onTestFinished(() => context.close());
    const projector = await open(context, `#/proietta/${SLUG}`);
    await projector.waitForSelector('.projector[data-phase="reading"]');
    const presenter = await open(context, `#/presenta/${SLUG}`);
    await presenter.waitForSelector('.presenter[data-phase="reading"]');
    const beats = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-beats]')?.dataset.beats));
    const before = await beats(projector);
    for (let i = 0; i < 3; i++) {
      const was = await beats(presenter);
      await presenter.keyboard.press('ArrowRight');
      await expect.poll(() => beats(presenter), { timeout: 6000 }).not.toBe(was);
    }
    await expect.poll(() => beats(projector), { timeout: 6000 }).toBe(await beats(presenter));
    expect(await beats(projector)).toBeGreaterThan(before);
  });
});
