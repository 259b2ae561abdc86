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
