import { useEffect, useState } from 'react';
import { revealedChars } from '../store/reading';

/** A line being typed out: started at `start` (performance.now() time), lasting `duration` ms. */
export interface RevealTiming {
  start: number;
  duration: number;
}

/**
 * How many characters of a `length`-character line are showing. One clock: the reveal's start comes
 * from the store and every frame (the first one included) is computed from it, so no frame shows the
 * whole line before it types, and slow frames never slow reading down.
 */
export function useTypewriter(length: number, reveal: RevealTiming | null): number {
  const at = () => (reveal ? revealedChars(length, performance.now() - reveal.start, reveal.duration) : length);
  const [shown, setShown] = useState(at);
  useEffect(() => {
    if (!reveal) return;
    let frame = 0;
    const tick = () => {
      const n = at();
      setShown(n);
      if (n < length) frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
    // `at` reads only these three.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [length, reveal?.start, reveal?.duration]);
  return reveal ? Math.min(shown, at()) : length;
}
