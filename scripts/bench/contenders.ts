// The two pages the bench compares, described by what the bench needs to find on them. Every script
// here is sent as source text (a function written here would carry the TS loader's helpers into the
// page) and runs only between timed clicks, never inside one.
import { EXPORT_PAGE } from './inky-export';

export interface Contender {
  key: 'ours' | 'export';
  url: string;
  /** Story line elements: not the header, not choices, not the echo of a chosen option. */
  line: string;
  /** The options of a choice point, in the story's order. */
  choice: string;
  /** Our "Continua" (one line a click); the export has none (it continues to the next choices). */
  advance: string | null;
  /** Elements that scroll (besides the document). */
  scrollers: string;
  /** JS expression: the page may take a step now. */
  ready: string;
  /** JS expression: the story has ended (no choice and nothing to continue). */
  ended: string;
  /** Async JS expression: starts the story again from its first line, the way a reader would. */
  restart: string;
}

export function ourPlayer(url: string): Contender {
  return {
    key: 'ours',
    url,
    line: '.scene [data-line]:not(.line--choice)',
    choice: '.scene button.choice',
    advance: '.scene button.continue',
    scrollers: '.page, .scene__read-col',
    // A `pause` holds the next step (a click meanwhile would wait for it).
    ready: `!document.querySelector('[data-held]')`,
    ended: `document.querySelector('.scene')?.dataset.phase === 'ended'`,
    restart: `(async () => {
      const button = async (scope, text) => {
        for (let i = 0; i < 250; i++) {
          const found = Array.from(document.querySelectorAll(scope + ' button')).find((b) => b.textContent.trim() === text);
          if (found) return found;
          await new Promise((r) => setTimeout(r, 20));
        }
        throw new Error('no «' + text + '» button in ' + scope);
      };
      (await button('.end-panel', 'Ricomincia')).click();
      (await button('.dialog-backdrop', 'Ricomincia')).click();
      for (let i = 0; i < 250 && document.querySelector('.scene')?.dataset.phase === 'ended'; i++) await new Promise((r) => setTimeout(r, 20));
    })()`,
  };
}

export function inkyExport(url: string): Contender {
  return {
    key: 'export',
    url,
    line: EXPORT_PAGE.line,
    choice: EXPORT_PAGE.choice,
    advance: null,
    scrollers: EXPORT_PAGE.scrollers,
    ready: 'true',
    ended: `!document.querySelector(${JSON.stringify(EXPORT_PAGE.choice)})`,
    restart: `document.querySelector(${JSON.stringify(EXPORT_PAGE.restart)}).click()`,
  };
}

/**
 * Settled: no finite animation running (fades, entrances), then 250 ms and an idle callback with time
 * to spare after which still none is running (a fade waiting on its timer, 200 ms apart in the export,
 * has started by then; idle callbacks run in the order asked, so a deferred save has run), every
 * scroller still, the page ready; then not before `notBefore` (page clock). False if it took over 15 s.
 */
export const settleScript = (c: Contender, notBefore: number) => `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const idle = () => new Promise((r) => requestIdleCallback((d) => r(d.timeRemaining())));
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = performance.now() + 15000;
  const running = () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect && a.effect.getComputedTiming().endTime !== Infinity);
  const scrolls = () => [document.scrollingElement ? document.scrollingElement.scrollTop : 0, ...Array.from(document.querySelectorAll(${JSON.stringify(c.scrollers)}), (e) => e.scrollTop)].join();
  for (let calm = false; !calm; ) {
    if (performance.now() > until) return false;
    await frame();
    const busy = running();
    if (busy.length) {
      await Promise.race([Promise.all(busy.map((a) => a.finished.catch(() => {}))), wait(1000)]);
      continue;
    }
    const before = scrolls();
    await frame();
    await frame();
    await wait(250);
    while ((await idle()) < 10 && performance.now() < until);
    calm = !running().length && scrolls() === before && (${c.ready});
  }
  const left = ${notBefore} - performance.now();
  if (left > 0) await wait(left);
  return true;
})()`;

/** Where to point at option `index` (or the Continua button), scrolled into view if it is not. */
export const locateScript = (selector: string, index: number) => `(() => {
  const all = document.querySelectorAll(${JSON.stringify(selector)});
  const el = all[${index}];
  if (!el) return null;
  let r = el.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) {
    el.scrollIntoView({ block: 'center' });
    r = el.getBoundingClientRect();
  }
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, count: all.length };
})()`;

/**
 * Unthrottled, not timed: our player reads on ("Continua", waiting out pauses) until choices show
 * or the story ends. Resolves 'choosing' or 'ended'. Stops early once `lineTarget` lines are read
 * (the .scene's data-beats counts every beat; the caller counts lines itself, so this is only a cap).
 */
export const walkOursScript = (c: Contender) => `(async () => {
  const scene = () => document.querySelector('.scene');
  const tick = () => new Promise((r) => setTimeout(r, 10));
  const until = performance.now() + 60000;
  while (performance.now() < until) {
    if (${c.ended}) return 'ended';
    if (document.querySelector(${JSON.stringify(c.choice)})) return 'choosing';
    const button = document.querySelector(${JSON.stringify(c.advance)});
    if (!button || !(${c.ready})) {
      await tick();
      continue;
    }
    const beats = scene().dataset.beats;
    button.click();
    while (scene() && scene().dataset.beats === beats && performance.now() < until) await tick();
  }
  throw new Error('our player did not reach choices or the end in 60 s');
})()`;

/** Not timed: picks option `index` as a key would (no grace period for keys), and returns how many options there were. */
export const pickScript = (c: Contender, index: number) => `(() => {
  const all = document.querySelectorAll(${JSON.stringify(c.choice)});
  all[${index} % all.length].click();
  return all.length;
})()`;
