// Workshop mode on the built site: a projector page and a presenter page of one browser, one run.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launch, screenshot, SLUG } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const READY = '[data-phase="reading"], [data-phase="choosing"], [data-phase="ended"]';
const beats = (page: Page) => page.evaluate(() => Number(document.querySelector<HTMLElement>('[data-beats]')?.dataset.beats ?? -1));
const roomText = (page: Page) => page.evaluate(() => document.querySelector('.projector .line:last-child .line__text')?.textContent ?? '');
const nowText = (page: Page) => page.evaluate(() => document.querySelector('.presenter__now .presenter__say')?.textContent ?? '');

async function room(width = 1920, height = 1080, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  const projector = await context.newPage();
  await projector.goto(`${baseUrl()}#/proietta/${SLUG}`);
  await projector.waitForSelector(READY);
  const presenter = await context.newPage();
  await presenter.setViewportSize({ width: 1280, height: 800 });
  await presenter.goto(`${baseUrl()}#/presenta/${SLUG}`);
  await presenter.waitForSelector(READY);
  await expect.poll(() => presenter.locator('.presenter__link.is-on').count()).toBe(1);
  return { context, projector, presenter };
}

/** Presses `key` in `from` and waits until both pages show the same, changed, number of beats. */
async function drive(from: Page, to: Page, key: string) {
  const before = await beats(to);
  await from.keyboard.press(key);
  // A pause in the script may hold the step a few seconds (the key is kept, not lost).
  await expect.poll(() => beats(to), { timeout: 6000 }).not.toBe(before);
  await expect.poll(async () => (await beats(from)) === (await beats(to)), { timeout: 6000 }).toBe(true);
}

describe('workshop mode', () => {
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it('the presenter drives next, back, a choice and blackout; the projector shows the same each time', async () => {
    const r = await room();
    context = r.context;
    const { projector, presenter } = r;
    for (let i = 0; i < 4; i++) await drive(presenter, projector, 'ArrowRight');
    await expect.poll(() => roomText(projector)).toBe(await nowText(presenter));
    // The room reads the newest line in the text colour, full strength; the ones before it recede.
    const looks = await projector.locator('.projector__lines .line').evaluateAll((lines) =>
      lines.map((l) => `${getComputedStyle(l).color} ${getComputedStyle(l).opacity}`),
    );
    const text = await projector.evaluate(() => getComputedStyle(document.body).color);
    expect(looks.at(-1)).toBe(`${text} 1`);
    for (const older of looks.slice(0, -1)) expect(older).not.toBe(`${text} 1`);
    await drive(presenter, projector, 'ArrowLeft');
    // On to the first choice point, then choose with a number key in the presenter.
    for (let i = 0; i < 30 && (await presenter.locator('.presenter__choice').count()) === 0; i++) await drive(presenter, projector, 'ArrowRight');
    await projector.waitForSelector('.room-choices');
    const option = (await projector.locator('.room-choices__item').nth(1).textContent())!.slice(1);
    await drive(presenter, projector, '2');
    await expect.poll(() => projector.locator('.projector .line--choice').last().textContent()).toContain(option);
    // The projector's own keys drive the presenter too.
    await drive(projector, presenter, 'ArrowRight');
    // Blackout from the presenter.
    await presenter.keyboard.press('b');
    await projector.waitForSelector('.projector__blackout');
    await presenter.keyboard.press('b');
    await expect.poll(() => projector.locator('.projector__blackout').count()).toBe(0);
    // Notes never reach the projector's DOM, though the presenter shows them.
    const notes = await presenter.locator('.presenter__notes li').allTextContents();
    const html = await projector.content();
    for (const note of notes) expect(html).not.toContain(note.slice(0, 40));
  });

  it('a reloaded projector and a reloaded presenter find the same place again', async () => {
    const { projector, presenter } = await room();
    for (let i = 0; i < 5; i++) await drive(presenter, projector, 'ArrowRight');
    const at = await beats(presenter);
    await projector.reload();
    await projector.waitForSelector(READY);
    await expect.poll(() => beats(projector)).toBe(at);
    await presenter.reload();
    await presenter.waitForSelector(READY);
    await expect.poll(() => beats(presenter)).toBe(at);
    await drive(presenter, projector, 'ArrowRight');
    await projector.context().close();
  });

  it('a prompt shown to the room, and the next group leaves the reading save alone', async () => {
    const { projector, presenter } = await room();
    // The facilitator's own reading, saved before the workshop.
    const reading = JSON.stringify({ schema: 2, story: SLUG, marker: 'mine' });
    await presenter.evaluate(([slug, value]) => localStorage.setItem(`sihv.v1.save.${slug}`, value), [SLUG, reading]);
    for (let i = 0; i < 40 && (await presenter.locator('.presenter__prompt').count()) === 0; i++) {
      await drive(presenter, projector, (await presenter.locator('.presenter__choice').count()) ? '1' : 'ArrowRight');
    }
    await presenter.getByRole('button', { name: 'Mostra in sala' }).first().click();
    await projector.waitForSelector('.prompt-overlay');
    await presenter.getByRole('button', { name: 'Nascondi' }).click();
    await expect.poll(() => projector.locator('.prompt-overlay').count()).toBe(0);
    await presenter.getByRole('button', { name: 'Prossimo gruppo' }).click();
    await presenter.getByRole('button', { name: 'Sì, nuovo gruppo' }).click();
    await expect.poll(() => beats(projector)).toBe(1);
    await expect.poll(() => presenter.locator('.presenter__kicker').textContent()).toContain('gruppo 2');
    expect(await presenter.evaluate((slug) => localStorage.getItem(`sihv.v1.save.${slug}`), SLUG)).toBe(reading);
    // The finished group is in the log, with the prompt it was shown; the new one is under way.
    const log = await presenter.evaluate((slug) => JSON.parse(localStorage.getItem(`sihv.v1.workshop-log.${slug}`)!), SLUG);
    expect(log.groups.length).toBeGreaterThanOrEqual(2);
    expect(log.groups.at(-2).prompts.length).toBeGreaterThanOrEqual(1);
    expect(log.groups.at(-2).endedAt).toBeTruthy();
    await projector.context().close();
  });

  it('with a clicker alone: Page Down points through the options, holding it chooses; the cursor hides when still', async () => {
    const { projector, presenter } = await room();
    for (let i = 0; i < 30 && (await projector.locator('.room-choices').count()) === 0; i++) await drive(presenter, projector, 'ArrowRight');
    await projector.waitForSelector('.room-choices');
    await projector.bringToFront();
    const pointed = () => projector.locator('.room-choices__item.is-pointed').textContent();
    await projector.keyboard.press('PageDown');
    await expect.poll(pointed).toMatch(/^1/);
    await projector.keyboard.press('PageDown');
    await expect.poll(pointed).toMatch(/^2/);
    const option = (await pointed())!.slice(1);
    // Held down: the key repeats, and after 0.7 s the pointed option is chosen (in both windows).
    for (let i = 0; i < 10; i++) {
      await projector.keyboard.down('PageDown');
      await projector.waitForTimeout(100);
    }
    await projector.keyboard.up('PageDown');
    await expect.poll(() => projector.locator('.projector .line--choice').last().textContent(), { timeout: 5000 }).toContain(option);
    await expect.poll(() => presenter.evaluate(() => document.querySelector('.presenter')?.getAttribute('data-phase'))).not.toBe('choosing');
    // The room does not watch a cursor: it hides after 2 s still, and comes back when moved.
    await projector.mouse.move(200, 200);
    expect(await projector.locator('.projector.is-cursor-idle').count()).toBe(0);
    await projector.waitForTimeout(2300);
    expect(await projector.locator('.projector.is-cursor-idle').count()).toBe(1);
    await projector.mouse.move(240, 240);
    await expect.poll(() => projector.locator('.projector.is-cursor-idle').count()).toBe(0);
    await projector.context().close();
  });

  it('G lists the sections; a jump forward and a jump back land both windows on that section', async () => {
    const { projector, presenter } = await room();
    await presenter.keyboard.press('g');
    const dialog = presenter.getByRole('dialog', { name: 'Vai a una sezione' });
    const items = dialog.locator('.sections-list__item');
    await items.first().waitFor({ timeout: 15_000 });
    const names = (await items.allTextContents()).map((t) => t.replace(/^\d+/, '').replace(' · qui ora', '').trim());
    expect(names.length).toBeGreaterThanOrEqual(6);
    const before = await beats(projector);
    await items.nth(names.length - 2).click();
    await expect.poll(() => beats(projector), { timeout: 10_000 }).toBeGreaterThan(before + 20);
    await expect.poll(async () => (await beats(presenter)) === (await beats(projector))).toBe(true);
    const forward = await beats(projector);
    await presenter.keyboard.press('g');
    await items.nth(1).click();
    await expect.poll(() => beats(projector), { timeout: 10_000 }).toBeLessThan(forward);
    await expect.poll(async () => (await beats(presenter)) === (await beats(projector))).toBe(true);
    await projector.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing in either view, and the screenshots (${scheme})`, async () => {
      const { projector, presenter } = await room(1920, 1080, scheme);
      for (let i = 0; i < 4; i++) await drive(presenter, projector, 'ArrowRight');
      await presenter.waitForTimeout(800); // entrances finished
      for (const page of [projector, presenter]) {
        await page.bringToFront(); // as on its own screen: a background tab does not animate
        await page.waitForTimeout(600);
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
      const suffix = scheme === 'dark' ? '-dark' : '';
      await projector.bringToFront();
      await screenshot(projector, `projector-1920x1080${suffix}`);
      await projector.setViewportSize({ width: 1280, height: 720 });
      await screenshot(projector, `projector-1280x720${suffix}`);
      const size = await projector.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.projector .line__text')!).fontSize));
      expect(size).toBeGreaterThanOrEqual(28);
      await projector.setViewportSize({ width: 1024, height: 768 });
      await screenshot(projector, `projector-1024x768${suffix}`);
      await presenter.bringToFront();
      await screenshot(presenter, `presenter-1280x800${suffix}`);
      await projector.setViewportSize({ width: 1920, height: 1080 });
      expect(await projector.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.projector .line__text')!).fontSize))).toBeGreaterThanOrEqual(40);
      await projector.context().close();
    });
  }
});
