/**
 * Runs `task` once the next frame has been painted: a frame callback, then a task after it. Work that
 * reads or changes layout (focus, scrolling) done here reuses the layout the frame just made instead of
 * forcing one before the new line can be painted. With `timeout`, runs by then at the latest (a hidden
 * page draws no frames). Returns a cancel.
 *
 * Everything asked for before the same frame runs in one task, in the order asked: a step asks several
 * times (the chrome's transition, the new line's entrance, controls leaving), and each task of its own
 * was queued ahead of whatever else the page had to do after that frame. Each call still asks for the
 * frame itself; the first of its callbacks takes the whole batch.
 */
export function afterPaint(task: () => void, timeout?: number): () => void {
  const entry: Entry = { task, fallback: undefined, frame: 0 };
  if (timeout !== undefined) entry.fallback = setTimeout(() => runEntry(entry), timeout);
  waiting.push(entry);
  entry.frame = requestAnimationFrame(() => {
    if (!waiting.includes(entry)) return; // taken with an earlier call's batch
    const batch = waiting;
    waiting = [];
    setTimeout(() => batch.forEach(runSafely), 0);
  });
  return () => {
    entry.task = null;
    clearTimeout(entry.fallback);
    // Left in `waiting`: a cancelled entry runs as nothing when its batch does.
    cancelAnimationFrame(entry.frame);
  };
}

interface Entry {
  /** Null once run or cancelled. */
  task: (() => void) | null;
  fallback: ReturnType<typeof setTimeout> | undefined;
  frame: number;
}

/** Asked for, and not yet taken by a frame callback. */
let waiting: Entry[] = [];

function runEntry(entry: Entry) {
  const task = entry.task;
  if (!task) return;
  entry.task = null;
  clearTimeout(entry.fallback);
  task();
}

/** One task failing does not cost the others their turn; its error still surfaces. */
function runSafely(entry: Entry) {
  try {
    runEntry(entry);
  } catch (error) {
    setTimeout(() => {
      throw error;
    });
  }
}
