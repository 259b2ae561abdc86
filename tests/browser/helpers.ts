// Shared steps for the browser tests: launch the system Chromium, open pages, read on by keyboard.
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import { inject } from 'vitest';

export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

/** The episode the tests read: episode 4 (the essay), or the first one while the stories are being written. */
export const SLUG = fs.existsSync(path.resolve(__dirname, '../../stories/episodio-4.ink')) ? 'episodio-4' : 'episodio-3';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const baseUrl = () => inject('baseUrl');

export async function newPage(
  browser: Browser,
  width = 1280,
  height = 800,
  colorScheme: 'light' | 'dark' = 'light',
  reducedMotion: 'reduce' | 'no-preference' = 'reduce',
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  return page;
}

/** A scene that has finished loading. */
export const SCENE_READY = '.scene[data-phase="reading"], .scene[data-phase="choosing"], .scene[data-phase="ended"]';

export async function openEpisode(page: Page, slug = SLUG) {
  await page.goto(`${baseUrl()}#/episodio/${slug}`);
  await page.waitForSelector(SCENE_READY);
}

export interface SceneSnapshot {
  phase: string;
  beats: number;
  live: string;
  choices: string[];
}

export function snapshot(page: Page): Promise<SceneSnapshot> {
  return page.evaluate(() => {
    const scene = document.querySelector<HTMLElement>('.scene');
    return {
      phase: scene?.dataset.phase ?? '',
      beats: Number(scene?.dataset.beats ?? -1),
      live: document.querySelector('[aria-live="polite"]')?.textContent ?? '',
      choices: Array.from(document.querySelectorAll('.choice__text')).map((c) => c.textContent ?? ''),
    };
  });
}

/** Waits until the story has moved on from `before` (more or fewer beats, or another phase). */
export async function waitForChange(page: Page, before: SceneSnapshot) {
  await page.waitForFunction(
    ({ beats, phase }) => {
      const scene = document.querySelector<HTMLElement>('.scene');
      return scene && (Number(scene.dataset.beats) !== beats || scene.dataset.phase !== phase);
    },
    { beats: before.beats, phase: before.phase },
    { timeout: 15_000 },
  );
}

/** One keyboard step: the first choice at a branch, the next line otherwise. Returns the new state. */
export async function step(page: Page): Promise<SceneSnapshot> {
  const before = await snapshot(page);
  if (before.phase === 'ended') return before;
  if (before.phase === 'choosing') await page.waitForSelector('.choice'); // after a pause or typing
  await page.keyboard.press(before.phase === 'choosing' ? '1' : 'ArrowRight');
  await waitForChange(page, before);
  return snapshot(page);
}

/** Reads on by keyboard until `done` says stop (or the episode ends); fails after `limit` steps. */
export async function readUntil(page: Page, done: (s: SceneSnapshot) => boolean, limit = 600): Promise<SceneSnapshot> {
  let s = await snapshot(page);
  for (let i = 0; i < limit; i++) {
    if (done(s) && s.phase === 'choosing') {
      await page.waitForSelector('.choice'); // choices held by a pause are not there yet
      return snapshot(page);
    }
    if (done(s) || s.phase === 'ended') return s;
    s = await step(page);
  }
  throw new Error(`still reading after ${limit} steps (at: ${s.live})`);
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(400); // let entrance fades settle
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** What axe finds on the page, one line per rule with the elements it names (empty when clean). */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Holds the requests matching `pattern` until `release()`; `asked` lists their URLs in the order asked for. */
export async function holdRequests(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  const asked: string[] = [];
  let released = false;
  await page.route(pattern, (route) => {
    asked.push(route.request().url());
    if (released) return route.continue();
    held.push(route);
  });
  return {
    held: () => held.length,
    asked: () => [...asked],
    release: async () => {
      released = true;
      await Promise.all(held.splice(0).map((r) => r.continue()));
    },
  };
}

/** Every JS module of the built site. */
export const SCRIPTS = /\/assets\/[^/]+\.js(\?.*)?$/;

/** Records layout shifts (without recent input) from page start: call before the page loads. */
export async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        w.__shifts.push(`${e.value.toFixed(4)} at ${e.startTime.toFixed(0)} (app at ${performance.getEntriesByName('sihv:app-rendered')[0]?.startTime.toFixed(0)}) ${(e.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(',')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** What `watchShifts` recorded: the sum (CLS) and each shift, described. */
export const layoutShifts = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
