// How the bench sees a page, the same way on both pages and without running anything in them while
// they work: an init script (before any of the page's own) observes the DOM and reports through the
// console, which the bench reads in Node. It reports
//   line     story line elements added (one report per mutation batch: its time and how many),
//   painted  the frame after such a batch (requestAnimationFrame, then a task: the frame was produced),
//   click    a click's event time (event.timeStamp, the input's time, on the page's clock),
//   fcp      first contentful paint (PerformanceObserver paint entries).
// Nothing polls: the bench waits for console messages.
import type { ConsoleMessage, Page } from 'playwright-core';

export type ProbeEvent =
  | { kind: 'line'; id: number; t: number; n: number }
  | { kind: 'painted'; id: number; t: number }
  | { kind: 'click'; t: number }
  | { kind: 'fcp'; t: number };

const PREFIX = 'bench:';

/** The init script for a page whose story lines match `lineSelector`. Sent as source text. */
export const probeScript = (lineSelector: string) => `(() => {
  const LINE = ${JSON.stringify(lineSelector)};
  const say = (event) => console.debug(${JSON.stringify(PREFIX)} + JSON.stringify(event));
  let seq = 0;
  new MutationObserver((records) => {
    let n = 0;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches(LINE)) n++;
        else if (node.firstElementChild) n += node.querySelectorAll(LINE).length;
      }
    }
    if (!n) return;
    const id = ++seq;
    say({ kind: 'line', id, t: performance.now(), n });
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => say({ kind: 'painted', id, t: performance.now() });
      channel.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true });
  addEventListener('click', (e) => say({ kind: 'click', t: e.timeStamp }), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') say({ kind: 'fcp', t: entry.startTime });
  }).observe({ type: 'paint', buffered: true });
})()`;

/** Collects a page's probe reports; `next` waits for the first report after a mark that passes `test`. */
export class Probe {
  readonly events: ProbeEvent[] = [];
  private waiters: (() => void)[] = [];

  constructor(page: Page) {
    page.on('console', (message: ConsoleMessage) => {
      const text = message.text();
      if (!text.startsWith(PREFIX)) return;
      this.events.push(JSON.parse(text.slice(PREFIX.length)) as ProbeEvent);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** A mark to search from: only reports after it count. */
  mark(): number {
    return this.events.length;
  }

  /** Lines reported so far (each element counted once when added). */
  linesAdded(from = 0): number {
    return this.events.slice(from).reduce((n, e) => (e.kind === 'line' ? n + e.n : n), 0);
  }

  lastLine(): Extract<ProbeEvent, { kind: 'line' }> | undefined {
    return this.events.findLast((e): e is Extract<ProbeEvent, { kind: 'line' }> => e.kind === 'line');
  }

  async next<K extends ProbeEvent['kind']>(kind: K, from: number, timeoutMs: number, test: (e: Extract<ProbeEvent, { kind: K }>) => boolean = () => true): Promise<Extract<ProbeEvent, { kind: K }> | null> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find((e): e is Extract<ProbeEvent, { kind: K }> => e.kind === kind && test(e as Extract<ProbeEvent, { kind: K }>));
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The first line batch at or after `since` (page clock), and the frame after it. */
  async lineAfter(from: number, since: number, timeoutMs: number): Promise<{ dom: number; painted: number } | null> {
    const line = await this.next('line', from, timeoutMs, (e) => e.t >= since);
    if (!line) return null;
    const painted = await this.next('painted', from, timeoutMs, (e) => e.id === line.id);
    return painted ? { dom: line.t, painted: painted.t } : null;
  }
}
