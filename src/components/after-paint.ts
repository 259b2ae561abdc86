/**
 * Runs `task` once the next frame has been painted: a frame callback, then a task after it. Work that
 * reads or changes layout (focus, scrolling) done here reuses the layout the frame just made instead of
 * forcing one before the new line can be painted. With `timeout`, runs by then at the latest (a hidden
 * page draws no frames). Returns a cancel.
 *
 * Everything asked for before the same frame shares one frame callback and one task, run in the order
 * asked: a step asks three times (the chrome's transition, the new line's entrance, controls leaving),
 * and each task of its own queued ahead of whatever else the page had to do after that frame.
 */
export function afterPaint(task: () => void, timeout?: number): () => void {
  const entry: Entry = { task, fallback: undefined };
  if (timeout !== undefined) entry.fallback = setTimeout(() => runEntry(entry), timeout);
  waiting.push(entry);
  if (waiting.length === 1) {
    requestAnimationFrame(() => {
      const batch = waiting;
      waiting = [];
      setTimeout(() => {
        for (const entry of batch) {
          try {
            runEntry(entry);
          } catch (error) {
            // One task failing does not cost the others their turn; the error still surfaces.
            setTimeout(() => {
              throw error;
            });
          }
        }
      }, 0);
    });
  }
  return () => {
    entry.task = null;
    clearTimeout(entry.fallback);
  };
}

interface Entry {
  /** Null once run or cancelled. */
  task: (() => void) | null;
  fallback: ReturnType<typeof setTimeout> | undefined;
}

/** Asked for since the last frame callback was requested. */
let waiting: Entry[] = [];

function runEntry(entry: Entry) {
  const task = entry.task;
  if (!task) return;
  entry.task = null;
  clearTimeout(entry.fallback);
  task();
}
