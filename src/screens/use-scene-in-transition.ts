import { startTransition, useEffect, useState } from 'react';
import type { AppState, AppStore, SceneState } from '../store';

/**
 * The open episode's scene for the page's chrome (stage, title, controls, choices, live region),
 * following the store in a transition: a step commits its new line at once (see `PageLines`, which
 * reads the store directly), and the rest of the screen catches up without holding up that frame.
 * The chrome may be a transition behind the store: handlers read `store.getState()`, never this copy.
 */
export function useSceneInTransition(store: AppStore, slug: string): SceneState | null {
  const pick = (s: AppState) => (s.scene?.slug === slug ? s.scene : null);
  const [scene, setScene] = useState(() => pick(store.getState()));
  useEffect(() => {
    let shown = pick(store.getState());
    setScene(shown);
    return store.subscribe((state) => {
      const next = pick(state);
      if (next === shown) return;
      // Steps, rewinds and notices on an open page follow in a transition; opening (and leaving) an
      // episode is drawn as one, at the update's own priority.
      const inPlace = shown !== null && next !== null && shown.phase !== 'loading' && next.phase !== 'loading';
      shown = next;
      if (inPlace) startTransition(() => setScene(next));
      else setScene(next);
    });
  }, [store, slug]);
  return scene;
}
