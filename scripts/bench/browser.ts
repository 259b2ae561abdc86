// Chromium for the bench: one way to launch it, a fresh context per page (no service worker: its install
// in the background would land inside timed steps), CPU throttling through CDP, and the statistics.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launch = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

export const CPU_SLOWDOWN = 4;

/** A page in a context of its own, with a CDP session to throttle it. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

export const throttle = (cdp: CDPSession, rate: number) => cdp.send('Emulation.setCPUThrottlingRate', { rate });

/**
 * Runs `work` with the page throttled `CPU_SLOWDOWN`×, and unthrottled after. Only the page being
 * timed is throttled: DevTools' throttling keeps a throttled renderer's main thread busy even while
 * its page is idle (an idle page at 4×: about 4 s of CPU in 5 s, measured), so a page left throttled
 * beside the one being timed would load the machine under its steps.
 */
export async function throttledFor<T>(cdp: CDPSession, work: () => Promise<T>): Promise<T> {
  await throttle(cdp, CPU_SLOWDOWN);
  try {
    return await work();
  } finally {
    await throttle(cdp, 1);
  }
}

/** Bytes of JS heap in use after two full garbage collections. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

// "On screen": the line is in the DOM and a frame has been produced after it (rAF, then a task).
export const afterPaint = `new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }))`;

/** Median and 95th percentile, interpolated between samples (so with 20+ samples p95 is not the maximum). */
export function stats(samples: number[]): { median: number; p95: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => {
    if (!sorted.length) return NaN;
    const i = q * (sorted.length - 1);
    const lo = Math.floor(i);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
  };
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}
