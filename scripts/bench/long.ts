// Flat cost as the story grows: a generated episode of `lines` lines without a `clear` and without
// choices (long-story.ts), built into a temporary site next to the real episodes and read in Chromium.
// Fast-forwarding runs unthrottled; the measuring points are timed with 4× CPU throttling, one page
// per point taking turns, one click at a time on a settled page (a frame, finished entrances, a still
// scroll, an idle moment in which the deferred save lands), so no click pays for the previous save.
import type { Browser, Page } from 'playwright-core';
import { buildSiteWithStories, type BuiltSite } from '../site-with-stories';
import { afterPaint, throttledFor } from './browser';
import { longStoryInk } from './long-story';

export const LONG_SLUG = 'lunga';

/** Builds the site as vite.config.ts does, with `lunga.ink` beside the real episodes (in a temporary copy). */
export const buildLongSite = (root: string, lines: number): Promise<BuiltSite> =>
  buildSiteWithStories(root, { [`${LONG_SLUG}.ink`]: longStoryInk(lines) });

export interface LongPoint {
  /** The line the point is named after. */
  line: number;
  /** The lines the timed clicks brought on screen (first and last). */
  from: number;
  to: number;
  samples: number[];
  /** Click → the new line in the DOM (script: the store's step and React's commit; no style, layout or frame wait). */
  dom: number[];
  /** What each timed click wrote once its idle save landed: bytes (UTF-8, key + value) and keys. */
  writes: { bytes: number; keys: string[] }[];
  /** Timed clicks during which something was written to storage (the save should wait: 0). */
  savesInside: number;
}

export interface LongResult {
  points: LongPoint[];
  /** Bytes in localStorage under the save's keys once line `lines` is on screen (UTF-8, key + value). */
  save: { head: number; chunks: number; chunkBytes: number; total: number };
  /** How long fast-forwarding took (unthrottled), in ms. */
  fastForwardMs: number;
}

// Counts what the page writes to storage (the save is written through Storage.prototype.setItem).
const WRITES_HOOK = `(() => {
  const set = Storage.prototype.setItem;
  const encoder = new TextEncoder();
  window.__writes = [];
  Storage.prototype.setItem = function (key, value) {
    window.__writes.push({ key: String(key), bytes: encoder.encode(String(key) + String(value)).length });
    return set.call(this, key, value);
  };
})()`;

// Sent as source text (see browser.ts). Settled: a frame, no finite animation running, the scroll
// still for two frames, then an idle callback with room to spare: idle callbacks run in the order
// they were asked for, so the save the last step deferred has run by then.
const SETTLE = `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const idle = () => new Promise((r) => requestIdleCallback((d) => r(d.timeRemaining())));
  const until = performance.now() + 5000;
  await frame();
  const running = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity);
  while (running().length && performance.now() < until) await Promise.race([Promise.all(running().map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 1000))]);
  const scrolls = () => [window.scrollY, ...Array.from(document.querySelectorAll('.page, .scene__read-col'), (e) => e.scrollTop)].join();
  for (let last = '', still = 0; still < 2 && performance.now() < until; await frame()) {
    const now = scrolls();
    still = now === last ? still + 1 : 0;
    last = now;
  }
  while ((await idle()) < 10 && performance.now() < until);
  await frame();
})()`;

const beats = `Number(document.querySelector('.scene')?.dataset.beats ?? 0)`;

// Unthrottled clicks on "Continua" until `target` beats are read.
const fastForward = (target: number) => `(async () => {
  const beats = () => ${beats};
  while (beats() < ${target}) {
    const before = beats();
    const button = document.querySelector('button.continue');
    if (!button) throw new Error('no Continua button at ' + before + ' beats');
    button.click();
    const until = performance.now() + 5000;
    while (beats() === before) {
      if (performance.now() > until) throw new Error('stuck at ' + before + ' beats');
      await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    }
  }
  return beats();
})()`;

// One timed click: control → a line with a higher data-line on screen (as browser.ts measures).
const timedClick = `(() => {
  const line = '.scene [data-line]:not(.line--choice)';
  const ids = () => Array.from(document.querySelectorAll(line), (e) => Number(e.dataset.line));
  const control = document.querySelector('button.continue');
  if (!control) return null;
  const last = Math.max(-1, ...ids());
  control.focus();
  window.__writes.length = 0;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!ids().some((id) => id > last)) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      ${afterPaint}.then(() => resolve({ ms: performance.now() - t0, dom, writes: window.__writes.length }));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    control.click();
  });
})()`;

// The save's head and its transcript chunks: `.t<k>`, or `.t<k>.<revision>` where chunks are copy-on-write.
const saveBytes = (slug: string) => `(() => {
  const encoder = new TextEncoder();
  const head = 'sihv.v1.save.${slug}';
  const chunk = /^sihv\\.v1\\.save\\.${slug}\\.t\\d+(\\.\\w+)?$/;
  const size = (k) => encoder.encode(k + localStorage.getItem(k)).length;
  const keys = Object.keys(localStorage);
  const chunks = keys.filter((k) => chunk.test(k));
  const headBytes = keys.includes(head) ? size(head) : 0;
  const chunkBytes = chunks.reduce((n, k) => n + size(k), 0);
  return { head: headBytes, chunks: chunks.length, chunkBytes, total: headBytes + chunkBytes };
})()`;

/**
 * Reads the long episode at `url` from its first line, one page per point: each is fast-forwarded
 * to `clicks` / 2 lines before its point (never to the click that ends the story: another screen),
 * then, each throttled 4× for its own clicks, the pages take turns for `clicks` timed clicks each,
 * so all points share whatever else the machine is doing. The last point's page then reads to the end for the save.
 */
export async function longStoryLatencies(
  browser: Browser,
  url: string,
  lines: number,
  points: number[],
  clicks: number,
): Promise<LongResult> {
  const result: LongResult = { points: [], save: { head: 0, chunks: 0, chunkBytes: 0, total: 0 }, fastForwardMs: 0 };
  const pages: Page[] = [];
  try {
    for (const line of points) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      pages.push(page);
      await page.addInitScript(WRITES_HOOK);
      await page.goto(url);
      await page.waitForSelector('.scene[data-beats="1"] [data-line]');
      // Timed clicks bring lines start+1 … start+clicks.
      const start = Math.max(1, Math.min(line - Math.floor(clicks / 2), lines - 1 - clicks));
      const t0 = Date.now();
      await page.evaluate(fastForward(start));
      result.fastForwardMs += Date.now() - t0;
      result.points.push({ line, from: start + 1, to: start + clicks, samples: [], dom: [], writes: [], savesInside: 0 });
    }
    // Each page is throttled for its own click only (see throttledFor).
    const cdps = await Promise.all(pages.map((page) => page.context().newCDPSession(page)));
    for (let n = 0; n < clicks; n++) {
      for (const [i, page] of pages.entries()) {
        const point = result.points[i];
        const click = await throttledFor(cdps[i], async () => {
          await page.evaluate(SETTLE);
          const timed = (await page.evaluate(timedClick)) as { ms: number; dom: number; writes: number } | null;
          await page.evaluate(SETTLE);
          return timed;
        });
        if (click === null) throw new Error(`no Continua button after ${point.from - 1 + n} lines`);
        point.samples.push(click.ms);
        point.dom.push(click.dom);
        if (click.writes) point.savesInside++;
        const writes = (await page.evaluate('window.__writes')) as { key: string; bytes: number }[];
        point.writes.push({ bytes: writes.reduce((sum, w) => sum + w.bytes, 0), keys: writes.map((w) => w.key) });
      }
    }
    const last = pages.at(-1)!;
    await last.evaluate(fastForward(lines));
    await last.evaluate(SETTLE);
    result.save = (await last.evaluate(saveBytes(LONG_SLUG))) as LongResult['save'];
  } finally {
    for (const page of pages) await page.context().close();
  }
  return result;
}
