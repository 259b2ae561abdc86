/**
 * Runs `task` once the next frame has been painted: a frame callback, then a task after it. Work that
 * reads or changes layout (focus, scrolling) done here reuses the layout the frame just made instead of
 * forcing one before the new line can be painted. Returns a cancel.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
