import { useEffect, useState } from 'react';
import { afterPaint } from '../components/after-paint';

export interface Leaving<T> {
  value: T;
  key: number;
}

/**
 * What was shown under `key` until this render and is gone now (null or another key): kept until the
 * frame without it has been painted. The caller renders it hidden, under its old key, so React
 * keeps its element instead of removing it in the step's commit. Removing an element that holds focus
 * (the choice just tapped, the choices' group) makes Chromium blur it there and then, which forces a
 * style recalculation inside the click's task; hidden, it loses focus with the frame's own style update,
 * and is removed once that frame is on screen.
 */
export function useLeaving<T>(value: T | null, key: number): Leaving<T> | null {
  const [shown, setShown] = useState<{ value: T | null; key: number }>({ value, key });
  const [leaving, setLeaving] = useState<Leaving<T> | null>(null);
  if (shown.value !== value || shown.key !== key) {
    // Adjusting state while rendering (React's pattern for "the previous value"): same commit.
    setShown({ value, key });
    if (shown.value !== null && (value === null || key !== shown.key)) setLeaving({ value: shown.value, key: shown.key });
  }
  useEffect(() => {
    if (!leaving) return;
    return afterPaint(() => setLeaving(null), 100);
  }, [leaving]);
  return leaving;
}
