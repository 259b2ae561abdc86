import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, SCENE_READY, newPage, openEpisode, readUntil, SLUG, snapshot, step, waitForChange } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the reader in the built site', () => {
  it('opens the built site, clicks a choice and sees the next line', async () => {
    const page = await newPage(browser);
    await page.goto(baseUrl());
    await page.getByRole('link', { name: /Inizia|Continua/ }).first().waitFor();
    await openEpisode(page);
    // Click "Continua" until the story asks; then click the first choice.
    for (let s = await snapshot(page); s.phase === 'reading'; s = await snapshot(page)) {
      await page.getByRole('button', { name: 'Continua' }).click();
      await waitForChange(page, s);
    }
    await page.waitForSelector('.choice');
    const before = await snapshot(page);
    expect(before.phase).toBe('choosing');
    await page.waitForTimeout(500); // fresh choices ignore clicks for a moment (a double tap's second tap)
    await page.locator('.choice').first().click();
    await waitForChange(page, before);
    await expect.poll(() => page.locator('.page .line--choice').last().textContent()).toContain(before.choices[0]);
    const after = await snapshot(page);
    expect(after.beats).toBeGreaterThan(before.beats + 1);
    expect(after.live).not.toBe(before.live);
    await page.context().close();
  });

  it('reads an episode to an ending with the keyboard only', async () => {
    const page = await newPage(browser);
    await page.goto(baseUrl());
    // Tab to the episode's link and open it with Enter: no mouse anywhere.
    await page.keyboard.press('Tab'); // skip link
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
      if (href === `#/episodio/${SLUG}`) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForSelector(SCENE_READY);
    if (SLUG === 'episodio-4') await readUntil(page, (s) => s.live.includes('Lo sapevo è finita la festa'));
    const end = await readUntil(page, () => false);
    expect(end.phase).toBe('ended');
    await expect.poll(() => page.getByRole('heading', { name: "Fine dell'episodio" }).isVisible()).toBe(true);
    // Home shows the episode as finished, with its ending.
    await page.keyboard.press('Alt+ArrowLeft');
    await page.goto(baseUrl());
    await expect.poll(() => page.locator(`#ep-${SLUG}`).locator('xpath=ancestor::article').textContent()).toContain('Concluso');
    await page.context().close();
  });

  it('resumes on the same line after a reload', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await readUntil(page, (s) => s.phase === 'choosing');
    await step(page); // a choice
    await step(page);
    const before = await snapshot(page);
    const lines = await page.locator('.page .line').allTextContents();
    await page.reload();
    // The app's scene, not the page painted from the snapshot before it (data-phase="pre").
    await page.waitForSelector(`.scene[data-beats="${before.beats}"]:not([data-phase="pre"])`);
    const after = await snapshot(page);
    expect(after).toEqual(before);
    expect(await page.locator('.page .line').allTextContents()).toEqual(lines);
    await page.context().close();
  });

  it('goes back three choices', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const branchPoints = [];
    for (let i = 0; i < 3; i++) {
      const at = await readUntil(page, (s) => s.phase === 'choosing');
      branchPoints.push(at);
      await step(page);
    }
    for (let i = 2; i >= 0; i--) {
      const s = await snapshot(page);
      await page.keyboard.press(i === 1 ? 'Backspace' : 'Shift+ArrowLeft');
      await waitForChange(page, s);
      expect(await snapshot(page)).toEqual(branchPoints[i]);
    }
    await expect.poll(() => page.getByRole('button', { name: 'Ultima scelta' }).isDisabled()).toBe(true);
    await page.context().close();
  });

  it('says so when the stored save is damaged, and leaves other episodes alone', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    await step(page);
    // Saves are written when the browser is idle: wait for this line's save, then damage it.
    await page.waitForFunction((slug) => {
      const beats = Number(document.querySelector<HTMLElement>('.scene')?.dataset.beats);
      const saved = localStorage.getItem(`sihv.v1.save.${slug}`);
      return saved !== null && JSON.parse(saved).transcriptLength === beats;
    }, SLUG);
    const other = JSON.stringify({ state: 'reading', where: 'Una riga di un altro episodio', endings: [], updatedAt: 1 });
    await page.evaluate(
      ([slug, other]) => {
        localStorage.setItem(`sihv.v1.save.${slug}`, '{"schema":1,"story":');
        localStorage.setItem('sihv.v1.progress.altro', other);
      },
      [SLUG, other],
    );
    await page.reload();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('danneggiati');
    await page.getByRole('button', { name: "Ricomincia l'episodio" }).click();
    await expect.poll(() => status.count()).toBe(0);
    expect((await snapshot(page)).live).not.toBe('');
    expect(await page.evaluate(() => localStorage.getItem('sihv.v1.progress.altro'))).toBe(other);
    await page.context().close();
  });

  it('keeps theme and text size across a reload', async () => {
    const page = await newPage(browser);
    await openEpisode(page);
    const sizeOf = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page__lines > .line:last-child .line__text')!).fontSize));
    const defaultSize = await sizeOf();
    await page.keyboard.press('i');
    await page.getByRole('dialog', { name: 'Impostazioni di lettura' }).waitFor();
    await page.getByLabel('Scuro').check();
    await page.getByLabel('150%').check();
    await page.keyboard.press('Escape');
    await page.reload();
    await page.waitForSelector(SCENE_READY);
    const applied = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      scale: document.documentElement.style.getPropertyValue('--text-scale'),
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(applied.theme).toBe('dark');
    expect(applied.scale).toBe('1.5');
    expect(applied.background).toBe('rgb(22, 21, 25)');
    expect(await sizeOf()).toBeCloseTo(defaultSize * 1.5, 0);
    await page.context().close();
  });
});
