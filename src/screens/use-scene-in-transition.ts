import { startTransition, useEffect, useState } from 'react';
import { afterPaint } from '../components/after-paint';
import type { AppState, AppStore, SceneState } from '../store';

/**
 * The open episode's scene for the page's chrome (stage, title, toolbar, end panel),
 * following the store after the paint, in a transition: a step commits its new line at once (see
 * `PageLines` and `PageControls`, which read the store directly), the frame shows it, and then the rest
 * of the screen catches up.
 * The chrome may be a transition behind the store: handlers read `store.getState()`, never this copy.
 */
export function useSceneInTransition(store: AppStore, slug: string): SceneState | null {
  const pick = (s: AppState) => (s.scene?.slug === slug ? s.scene : null);
  const [scene, setScene] = useState(() => pick(store.getState()));
  useEffect(() => {
    let shown = pick(store.getState());
    let pending: (() => void) | null = null;
    setScene(shown);
    const unsubscribe = store.subscribe((state) => {
      const next = pick(state);
      if (next === shown) return;
      // A step or a rewind on an open page: the chrome follows once the frame with the new line has
      // been painted, in a transition. Anything else on an open page follows in a transition at once;
      // opening (and leaving) an episode is drawn as one, at once.
      const inPlace = shown !== null && next !== null && shown.phase !== 'loading' && next.phase !== 'loading';
      const moved = inPlace && next.beats !== shown!.beats;
      shown = next;
      pending?.();
      pending = null;
      if (!inPlace) setScene(next);
      else if (!moved) startTransition(() => setScene(next)); // a notice, a typed line finished, a pause over
      if (!moved) return;
      pending = afterPaint(() => {
        pending = null;
        startTransition(() => setScene(shown));
      }, 100);
    });
    return () => {
      pending?.();
      unsubscribe();
    };
  }, [store, slug]);
  return scene;
}

