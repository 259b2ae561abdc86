// Latencies a reader feels, measured in Chromium with 4× CPU throttling: navigation → first line on
// screen, and click → next line on screen. Same story, same route, our player and the plain page.
import { chromium, type Browser, type Page } from 'playwright-core';

export interface PageUnderTest {
  name: string;
  url: string;
  /** Elements that are story lines, each with a numeric data-line that grows as the story goes on. */
  line: string;
  advance: string;
  choice: string;
  /** Makes the next visit start the episode from the beginning. */
  reset: (page: Page) => Promise<void>;
}

const READING_GAP_MS = 400;

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

async function throttledPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return page;
}

// "On screen": the line is in the DOM and a frame has been produced after it (rAF, then a task).
export const afterPaint = `new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }))`;

/** Milliseconds from navigation start to the first story line on screen, in a fresh context. */
export async function firstLine(browser: Browser, target: PageUnderTest): Promise<number> {
  const page = await throttledPage(browser);
  await page.addInitScript(`
    new MutationObserver((_, observer) => {
      if (window.__firstLine === undefined && document.querySelector(${JSON.stringify(target.line)})) {
        window.__firstLine = null;
        observer.disconnect();
        ${afterPaint}.then(() => (window.__firstLine = performance.now()));
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(target.url);
  const ms = (await page.waitForFunction('window.__firstLine')).jsonValue() as Promise<number>;
  const value = await ms;
  await page.context().close();
  return value;
}

// Sent as source text: functions written here would carry the TS loader's helpers into the page.
const stepScript = (t: PageUnderTest, n: number) => `(() => {
  const ids = () => Array.from(document.querySelectorAll(${JSON.stringify(t.line)})).map((e) => Number(e.dataset.line));
  const choices = document.querySelectorAll(${JSON.stringify(t.choice)});
  const control = choices.length ? choices[${n} % choices.length] : document.querySelector(${JSON.stringify(t.advance)});
  if (!control) return null;
  const last = Math.max(-1, ...ids());
  control.focus(); // as a pointer or key press would
  return new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!ids().some((id) => id > last)) return;
      observer.disconnect();
      ${afterPaint}.then(() => resolve(performance.now() - t0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    control.click();
  });
})()`;

/** Click → next story line on screen, `count` times along the same route (restarting at the end). */
export async function stepLatencies(browser: Browser, target: PageUnderTest, count: number): Promise<number[]> {
  const page = await throttledPage(browser);
  await page.goto(target.url);
  await page.waitForSelector(target.line);
  const samples: number[] = [];
  let n = 0;
  while (samples.length < count) {
    const ms = (await page.evaluate(stepScript(target, n))) as number | null;
    n++;
    // A reader reads between clicks: let the previous line's entrance and the scroll finish first.
    await page.waitForTimeout(READING_GAP_MS);
    if (ms === null) {
      await target.reset(page);
      await page.reload();
      await page.waitForSelector(target.line);
    } else samples.push(ms);
  }
  await page.context().close();
  return samples;
}

export function stats(samples: number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}
