// Our player against Inky's web export, interleaved so both share whatever else the machine is doing.
//   loads:  fresh context each (its renderer started on an empty page), 4× CPU throttling: first
//           line in the DOM and painted, FCP, bytes (gzip, from Resource Timing) that arrived before
//           the first line.
//   clicks: both pages open side by side, each throttled 4× for its own timed clicks only (see
//           throttledFor), the same route (at the k-th choice point of the p-th reading both pick option
//           (k + p) mod n). The export shows everything up to the next choices, we show one line a
//           click, so the like-for-like click is a choice: click → the first new story line painted,
//           on both. Our "Continua" click → the next line painted is timed too (twice after each
//           choice), against the export's only click. Every click is a real mouse click from a
//           settled page; its time is the click event's own timeStamp.
//   heap:   the same pages read on (unthrottled) to `heapLines` lines, then JS heap after GC.
import type { Browser, CDPSession, Page } from 'playwright-core';
import { CPU_SLOWDOWN, freshPage, heapAfterGc, throttle, throttledFor } from './browser';
import { locateScript, pickScript, settleScript, walkOursScript, type Contender } from './contenders';
import { Probe, probeScript } from './probe';
import { BLANK_PATH } from './serve';

export interface LoadSample {
  visible: number;
  painted: number;
  fcp: number;
  /** Gzipped bytes (Resource Timing's encodedBodySize) that had arrived when the first line was added. */
  jsBytes: number;
  allBytes: number;
}

const bytesBefore = (t: number) => `(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].filter((e) => e.responseEnd <= ${t});
  const js = entries.filter((e) => /\\.m?js($|[?#])/.test(new URL(e.name).pathname));
  const sum = (list) => list.reduce((n, e) => n + e.encodedBodySize, 0);
  return { jsBytes: sum(js), allBytes: sum(entries) };
})()`;

/**
 * One cold load of `c` in a fresh context (empty cache and storage), throttled from the start. The
 * context's renderer is started first, unthrottled, on an empty page of the same origin: at 4× the
 * first navigation of a new renderer spends 180–520 ms creating the view and committing (traced), the
 * same work for both pages and varying that much, which is the browser's cost and not the page's.
 */
export async function coldLoad(browser: Browser, c: Contender): Promise<LoadSample> {
  const { context, page, cdp } = await freshPage(browser);
  try {
    const probe = new Probe(page);
    await page.addInitScript(probeScript(c.line));
    await page.goto(new URL(BLANK_PATH, c.url).href);
    await throttle(cdp, CPU_SLOWDOWN);
    const from = probe.mark();
    await page.goto(c.url, { waitUntil: 'commit' });
    const first = await probe.lineAfter(from, 0, 60_000);
    if (!first) throw new Error(`${c.key}: no story line within 60 s of opening ${c.url}`);
    const fcp = await probe.next('fcp', from, 10_000);
    const bytes = (await page.evaluate(bytesBefore(first.dom))) as { jsBytes: number; allBytes: number };
    return { visible: first.dom, painted: first.painted, fcp: fcp?.t ?? NaN, ...bytes };
  } finally {
    await context.close();
  }
}

/** A page being read: its probe, its network, where it is on the route. */
class Reader {
  play = 0;
  /** Choice points passed in this reading. */
  k = 0;
  /** Options seen at each choice point, to check both pages walked the same route. */
  readonly route: string[] = [];
  private inflight = 0;
  private lastNet = Date.now();

  constructor(
    readonly c: Contender,
    readonly page: Page,
    readonly cdp: CDPSession,
    readonly probe: Probe,
  ) {
    const busy = () => {
      this.inflight++;
      this.lastNet = Date.now();
    };
    const done = () => {
      this.inflight = Math.max(0, this.inflight - 1);
      this.lastNet = Date.now();
    };
    page.on('request', busy);
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  static async open(browser: Browser, c: Contender): Promise<Reader> {
    const { page, cdp } = await freshPage(browser);
    const probe = new Probe(page);
    await page.addInitScript(probeScript(c.line));
    const reader = new Reader(c, page, cdp, probe);
    await page.goto(c.url, { waitUntil: 'commit' });
    if (!(await probe.lineAfter(0, 0, 60_000))) throw new Error(`${c.key}: no story line within 60 s`);
    return reader;
  }

  /** Network idle (nothing in flight for 100 ms), then the page settled (see settleScript). */
  async settle(): Promise<void> {
    const until = Date.now() + 15_000;
    while ((this.inflight > 0 || Date.now() - this.lastNet < 100) && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
    // A reader reads a line for half a second at least (and our options ignore taps for 450 ms after they show).
    const notBefore = (this.probe.lastLine()?.t ?? 0) + 500;
    await this.page.evaluate(settleScript(this.c, notBefore));
  }

  /** Unthrottled and untimed: on to the next choice point (restarting after the end). */
  async walk(): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const state = this.c.advance ? ((await this.page.evaluate(walkOursScript(this.c))) as string) : (await this.page.evaluate(this.c.ended)) ? 'ended' : 'choosing';
      if (state === 'choosing') return;
      await this.page.evaluate(this.c.restart);
      this.play++;
      this.k = 0;
    }
    throw new Error(`${this.c.key}: no choice point after restarting`);
  }

  /** The option this reader picks at its current choice point. */
  pick(count: number): number {
    this.route.push(`${this.play}.${this.k}:${count}`);
    const index = (this.k + this.play) % count;
    this.k++;
    return index;
  }

  /** A real mouse click on the `index`-th match of `selector`, timed to the first new line painted; throttled from its hover to its paint only. */
  timedClick(selector: string, index: number): Promise<{ painted: number; dom: number; count: number } | null> {
    return throttledFor(this.cdp, () => this.throttledClick(selector, index));
  }

  private async throttledClick(selector: string, index: number): Promise<{ painted: number; dom: number; count: number } | null> {
    type Target = { x: number; y: number; count: number } | null;
    const locate = async () => (await this.page.evaluate(locateScript(selector, index))) as Target;
    let target = await locate();
    for (let attempt = 0; target && attempt < 3; attempt++) {
      await this.page.mouse.move(target.x, target.y); // hover first, as a hand does; its restyle is not timed
      await this.settle();
      const still = await locate();
      if (still && Math.abs(still.x - target.x) < 1 && Math.abs(still.y - target.y) < 1) break;
      target = still;
    }
    if (!target) return null;
    const from = this.probe.mark();
    await this.page.mouse.down();
    await this.page.mouse.up();
    const click = await this.probe.next('click', from, 5_000);
    if (!click) return null;
    const line = await this.probe.lineAfter(from, click.t, 10_000);
    if (!line) return null;
    return { painted: line.painted - click.t, dom: line.dom - click.t, count: target.count };
  }

  close(): Promise<void> {
    return this.page.context().close();
  }
}

export interface ClickResult {
  /** Choice click → first new story line painted (and in the DOM), per page. */
  choice: { ours: number[]; export: number[]; oursDom: number[]; exportDom: number[] };
  /** Our Continua click → next line painted (and in the DOM). */
  advance: number[];
  advanceDom: number[];
  /** Clicks that brought no line within 10 s (an ignored tap, a control under something else). */
  misses: { ours: number; export: number };
  /** Null when both pages saw the same options at every choice point. */
  routeMismatch: string | null;
  heap: { lines: number; ours: number; export: number; oursLines: number; exportLines: number };
}

/**
 * `choicePoints` timed choice clicks on each page (alternating which goes first), `advancePerChoice`
 * timed Continua clicks on ours after each, then both read on to `heapLines` lines for the heap.
 * `alongside` (untimed work, such as a build) runs while they read on: nothing is timed then, and
 * our pauses leave the machine idle.
 */
export async function clickSession(
  browser: Browser,
  ours: Contender,
  theirs: Contender,
  choicePoints: number,
  advancePerChoice: number,
  heapLines: number,
  alongside?: () => Promise<unknown>,
): Promise<ClickResult> {
  const us = await Reader.open(browser, ours);
  const them = await Reader.open(browser, theirs);
  const result: ClickResult = {
    choice: { ours: [], export: [], oursDom: [], exportDom: [] },
    advance: [],
    advanceDom: [],
    misses: { ours: 0, export: 0 },
    routeMismatch: null,
    heap: { lines: heapLines, ours: 0, export: 0, oursLines: 0, exportLines: 0 },
  };
  try {
    await us.walk();
    await them.walk();
    for (let i = 0; i < choicePoints; i++) {
      for (const reader of i % 2 ? [them, us] : [us, them]) {
        const count = (await reader.page.evaluate(`document.querySelectorAll(${JSON.stringify(reader.c.choice)}).length`)) as number;
        const index = reader.pick(count);
        const from = reader.probe.mark();
        const sample = await reader.timedClick(reader.c.choice, index);
        const key = reader.c.key;
        if (!sample) {
          result.misses[key]++;
          // The click was not taken: pick the option untimed, so the route goes on the same on both pages.
          if (!reader.probe.linesAdded(from)) await reader.page.evaluate(pickScript(reader.c, index));
          continue;
        }
        result.choice[key].push(sample.painted);
        result.choice[key === 'ours' ? 'oursDom' : 'exportDom'].push(sample.dom);
      }
      for (let n = 0; n < advancePerChoice; n++) {
        const more = await us.page.evaluate(`!!document.querySelector(${JSON.stringify(ours.advance)}) && !(${ours.ended})`);
        if (!more) break;
        const sample = await us.timedClick(ours.advance!, 0);
        if (!sample) {
          result.misses.ours++;
          break;
        }
        result.advance.push(sample.painted);
        result.advanceDom.push(sample.dom);
      }
      // On to the next choice point, unthrottled and untimed.
      for (const reader of [us, them]) await reader.walk();
    }
    result.routeMismatch = us.route.join() === them.route.join() ? null : `ours ${us.route.join(' ')} / export ${them.route.join(' ')}`;

    // Heap after `heapLines` lines read: the same pages read on along the same route, unthrottled.
    const side = alongside?.();
    side?.catch(() => {}); // reported by the await below, not as an unhandled rejection meanwhile
    for (const reader of [us, them]) {
      while (reader.probe.linesAdded() < heapLines) {
        await reader.walk();
        if (reader.probe.linesAdded() >= heapLines) break;
        const count = (await reader.page.evaluate(`document.querySelectorAll(${JSON.stringify(reader.c.choice)}).length`)) as number;
        await reader.page.evaluate(pickScript(reader.c, reader.pick(count)));
      }
      await reader.settle();
      result.heap[reader.c.key] = await heapAfterGc(reader.cdp);
      result.heap[reader.c.key === 'ours' ? 'oursLines' : 'exportLines'] = reader.probe.linesAdded();
    }
    await side;
  } finally {
    await us.close();
    await them.close();
  }
  return result;
}

/**
 * Heap after reading `lines` lines of a story without choices: ours clicks Continua (unthrottled);
 * the export shows the whole story on opening, so its heap is taken once every line is in.
 */
export async function heapWithoutChoices(browser: Browser, ours: Contender, theirs: Contender, lines: number): Promise<{ ours: number; export: number; oursLines: number; exportLines: number }> {
  const us = await Reader.open(browser, ours);
  const them = await Reader.open(browser, theirs);
  try {
    await us.page.evaluate(`(async () => {
      const scene = () => document.querySelector('.scene');
      const tick = () => new Promise((r) => setTimeout(r, 5));
      while (Number(scene().dataset.beats) < ${lines}) {
        const beats = scene().dataset.beats;
        const button = document.querySelector(${JSON.stringify(ours.advance)});
        if (!button) break;
        button.click();
        while (scene().dataset.beats === beats) await tick();
      }
    })()`);
    await us.settle();
    // The export's fades would take 200 ms a paragraph to finish; its heap does not wait for them.
    await them.page.waitForTimeout(1000);
    return { ours: await heapAfterGc(us.cdp), export: await heapAfterGc(them.cdp), oursLines: us.probe.linesAdded(), exportLines: them.probe.linesAdded() };
  } finally {
    await us.close();
    await them.close();
  }
}
