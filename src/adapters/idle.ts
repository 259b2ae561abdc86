/**
 * Runs `task` when the browser has a quiet moment (at the latest after `timeout` ms), so work that
 * can wait (saving, fetching what a later screen needs) never delays what the reader is looking at.
 */
export function whenIdle(task: () => void, timeout = 500): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, 50);
}
