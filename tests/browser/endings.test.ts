// Endings and navigation in the built site: episode 4 read to an ending on a phone, the ending's name on
// the end panel and on the home card, home at the top of the page, and an unknown episode link.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findEpisodes, readGlobalTags } from '../../scripts/ink/episodes';
import { parseMeta } from '../../src/engine/tags';
import { baseUrl, launch, newPage, openEpisode, readUntil, SCENE_READY, SLUG } from './helpers';

const STORIES = path.resolve(__dirname, '../../stories');

/** The names the ink gives its endings (`# ending: pausa: Una pausa fino alle quattro`), by id. */
function endingNames(slug: string): Map<string, string> {
  const ink = fs.readFileSync(path.join(STORIES, `${slug}.ink`), 'utf8');
  return new Map([...ink.matchAll(/#\s*ending\s*:\s*([^:#\s]+)\s*:\s*([^#\n]*[^#\s])/gi)].map((m) => [m[1], m[2]]));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('endings and navigation', () => {
  it('reads an episode to an ending on a phone: the ending is named on the end panel and the home card; home starts at the top', async () => {
    const page = await newPage(browser, 390, 844);
    await openEpisode(page);
    const end = await readUntil(page, () => false);
    expect(end.phase).toBe('ended');

    const panel = page.locator('.end-panel');
    await panel.waitFor();
    const id = (await panel.getAttribute('data-ending')) ?? '';
    const name = ((await panel.locator('.end-panel__ending-name').textContent()) ?? '').trim();
    expect(id).not.toBe('');
    expect(name).not.toBe('');
    // The name the ink gives this ending (a bare id would be capitalised instead).
    const named = endingNames(SLUG).get(id);
    if (named !== undefined) expect(name).toBe(named);
    expect((await panel.locator('.end-panel__ending').textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Finale: ${name}`);

    // The next episode by number, if there is one.
    const episodes = findEpisodes(STORIES);
    const numbers = new Map(episodes.map((e) => [e.slug, Number(parseMeta(readGlobalTags(fs.readFileSync(e.file, 'utf8'))).episode)]));
    const after = episodes
      .filter((e) => numbers.get(e.slug)! > numbers.get(SLUG)!)
      .sort((a, b) => numbers.get(a.slug)! - numbers.get(b.slug)!)[0];
    const next = panel.getByRole('link', { name: /Prossimo episodio/ });
    if (after) expect(await next.getAttribute('href')).toBe(`#/episodio/${after.slug}`);
    else expect(await next.count()).toBe(0);

    // Read far down the page on a phone; going home starts at the top.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await panel.getByRole('link', { name: 'Tutti gli episodi' }).click();
    const card = page.locator(`#ep-${SLUG}`).locator('xpath=ancestor::article');
    await card.waitFor();
    await page.waitForTimeout(300); // nothing scrolls it down again afterwards
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(() => card.locator('.episode-card__endings').textContent()).toContain(`«${name}»`);
    expect(await card.locator(`.episode-card__ending[data-ending="${id}"]`).textContent()).toBe(`«${name}»`);
    await page.context().close();
  });

  it('an unknown episode link shows «Episodio non trovato» with links to every episode', async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}#/episodio/nope`);
    await page.getByRole('heading', { level: 1, name: 'Episodio non trovato' }).waitFor();
    expect(await page.locator('[role="alert"], .scene').count()).toBe(0);
    const hrefs = await page.locator('.not-found__list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(findEpisodes(STORIES).map((e) => `#/episodio/${e.slug}`).sort());
    const violations = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(violations).toEqual([]);
    await page.locator(`.not-found__list a[href="#/episodio/${SLUG}"]`).click();
    await page.waitForSelector(SCENE_READY);
    await page.context().close();
  });
});
