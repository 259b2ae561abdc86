/**
 * Runs `task` when the browser has a quiet moment (at the latest after `timeout` ms), so work that
 * can wait (saving, fetching what a later screen needs) never delays what the reader is looking at.
 */
export function whenIdle(task: () => void, timeout = 500): void {
  if ('requestIdleCallback' in window) {
    requestIdleCallback(() => task(), { timeout });
    return;
  }
  // No idle callbacks (Safari): after the next frame has been painted (a frame, then a task), never
  // before it; at the latest after `timeout` (a hidden page draws no frames).
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    task();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, timeout);
}

/** Runs `task` once the page has loaded (at once if it has): after everything the first screen asked for. */
export function whenLoaded(task: () => void): void {
  if (document.readyState === 'complete') task();
  else addEventListener('load', () => task(), { once: true });
}

/** A turn waits at most this long for an idle period (a page that is never idle still gets its parts). */
const TURN_TIMEOUT_MS = 2000;
const turns: Array<() => void> = [];
let turning = false;

/**
 * Runs `task` in an idle period of its own, after every task queued before it: the start-up work a
 * reader does not wait for (fetching the engine and the panels, the faces) never piles up into one long
 * task while the page is still loading, however many parts ask at once.
 */
export function inIdleTurn(task: () => void): void {
  turns.push(task);
  if (!turning) nextTurn();
}

function nextTurn(): void {
  turning = turns.length > 0;
  if (!turning) return;
  whenIdle(() => {
    try {
      turns.shift()?.();
    } finally {
      nextTurn();
    }
  }, TURN_TIMEOUT_MS);
}
