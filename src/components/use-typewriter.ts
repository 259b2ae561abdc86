import { useEffect, useState } from 'react';

/**
 * How many characters of `text` are showing: all of them unless `active`, else growing at `cps`
 * characters per second until done (then `onDone`). Time-based, so slow frames do not slow reading.
 */
export function useTypewriter(text: string, active: boolean, cps: number, onDone: () => void): number {
  const [shown, setShown] = useState(active ? 0 : text.length);
  useEffect(() => {
    if (!active) {
      setShown(text.length);
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const n = Math.min(text.length, Math.floor(((now - start) / 1000) * cps));
      setShown(n);
      if (n >= text.length) onDone();
      else frame = requestAnimationFrame(tick);
    };
    setShown(0);
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
    // onDone is a fresh closure each render; the run restarts only for a new text, state or speed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, active, cps]);
  return active ? shown : text.length;
}
