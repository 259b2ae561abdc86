// Workshop mode: a key pressed in the presenter window → the line painted on the projector window,
// measured beside the same key in a single reading window. Both pages run with 4× CPU throttling; the
// two windows share the machine's clock (performance.timeOrigin + now), so a cross-window latency is a
// plain difference of epoch times.
import type { Browser, Page } from 'playwright-core';
import { afterPaint } from './browser';

// Marks when a new story line is painted in this page (epoch ms), and when a key went down in it.
const instrument = (lineSelector: string) => `
  window.__painted = [];
  window.__keys = [];
  const now = () => performance.timeOrigin + performance.now();
  addEventListener('keydown', () => window.__keys.push(now()), true);
  let last = -1;
  new MutationObserver(() => {
    const ids = Array.from(document.querySelectorAll(${JSON.stringify(lineSelector)})).map((e) => Number(e.dataset.line));
    const top = Math.max(-1, ...ids);
    if (top > last) {
      last = top;
      ${afterPaint}.then(() => window.__painted.push(now()));
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

const LINE = '[data-line]:not(.line--choice)';

/** Waits until `page` painted a line after `since`, returns that time. */
async function paintedAfter(page: Page, since: number): Promise<number> {
  const handle = await page.waitForFunction((t) => (window as unknown as { __painted: number[] }).__painted.find((p) => p > t) ?? false, since, { timeout: 15_000 });
  return (await handle.jsonValue()) as number;
}

/** Presses → in `driver` and times until `shower` paints the new line; steps on choice points with 1. */
async function sample(driver: Page, shower: Page, steps: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < steps; i++) {
    const phase = await driver.evaluate(() => document.querySelector<HTMLElement>('[data-phase]')?.dataset.phase);
    if (phase === 'ended') break;
    // A `pause` in the script holds the next step (the key would wait for it): time real steps only.
    await driver.waitForFunction(() => !document.querySelector('[data-held]'), null, { timeout: 15_000 });
    if (phase === 'choosing') {
      await driver.waitForSelector('.presenter__choice:not([disabled]), .choice', { timeout: 15_000 });
      await driver.keyboard.press('1');
      await driver.waitForTimeout(600);
      continue;
    }
    await driver.keyboard.press('ArrowRight');
    const keyAt = await driver.evaluate(() => (window as unknown as { __keys: number[] }).__keys.at(-1)!);
    const at = await paintedAfter(shower, keyAt).catch(() => null);
    if (at !== null) samples.push(at - keyAt);
    // Settle: the entrance, the idle save, a reader reading.
    await driver.waitForTimeout(500);
  }
  return samples;
}

export async function workshopLatency(browser: Browser, base: string, slug: string, steps: number): Promise<{ workshop: number[]; single: number[] }> {
  // No service worker: its install in the background would land inside timed steps.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const projector = await context.newPage();
  await projector.addInitScript(instrument(`.projector ${LINE}`));
  await projector.goto(`${base}/#/proietta/${slug}`);
  await projector.waitForSelector('[data-phase="reading"]');
  const presenter = await context.newPage();
  await presenter.addInitScript(instrument('.none'));
  await presenter.goto(`${base}/#/presenta/${slug}`);
  await presenter.waitForSelector('.presenter__link.is-on', { timeout: 15_000 });
  await throttle(projector);
  await throttle(presenter);
  await projector.bringToFront(); // the room's screen is visible; the presenter is on the laptop's
  const workshop = await sample(presenter, projector, steps);
  await context.close();

  const single = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const reader = await single.newPage();
  await reader.addInitScript(instrument(`.scene ${LINE}`));
  await reader.goto(`${base}/#/episodio/${slug}`);
  await reader.waitForSelector('[data-phase="reading"]');
  await throttle(reader);
  const alone = await sample(reader, reader, steps);
  await single.close();
  return { workshop, single: alone };
}
