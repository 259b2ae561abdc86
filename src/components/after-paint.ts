/**
 * Runs `task` once the next frame has been painted: a frame callback, then a task after it. Work that
 * reads or changes layout (focus, scrolling) done here reuses the layout the frame just made instead of
 * forcing one before the new line can be painted. With `timeout`, runs by then at the latest (a hidden
 * page draws no frames). Returns a cancel.
 */
export function afterPaint(task: () => void, timeout?: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    task();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  const fallback = timeout === undefined ? undefined : setTimeout(run, timeout);
  const cancel = () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (fallback !== undefined) clearTimeout(fallback);
  };
  return () => {
    done = true;
    cancel();
  };
}
