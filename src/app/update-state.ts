// A new version of the site is waiting (the service worker found it): the shell shows a quiet notice,
// and the page reloads only when the reader clicks it. No import of the worker here, so the shell (and
// jsdom tests) never load it; src/app/register-sw.ts sets the state.
import { useSyncExternalStore } from 'react';

type Apply = () => void;

let apply: Apply | null = null;
const listeners = new Set<() => void>();

/** Offers the update; `run` is what clicking the notice does (activate the new version and reload). */
export function offerUpdate(run: Apply) {
  apply = run;
  listeners.forEach((l) => l());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** The update to apply when the reader asks, or null while there is none. */
export function useUpdate(): Apply | null {
  return useSyncExternalStore(subscribe, () => apply, () => null);
}
