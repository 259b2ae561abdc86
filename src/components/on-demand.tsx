// The dialogs, panels and notices a reader's first screen never shows, as chunks of their own: the same
// components with the same props, loaded the first time one is rendered (or by `preloadOnDemand`, which
// the app calls once it is idle, so a click on «Impostazioni» does not wait for the network). They are
// not part of the JS that must arrive before the app can take over a pre-painted page.
import { lazy, Suspense, type ComponentType } from 'react';

function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null; // offline and not cached yet: a later render tries again
      throw error;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Part = (props: P) => (
    // Nothing in its place while it loads: these are overlays, not part of the page's layout.
    <Suspense fallback={null}>
      <Lazy {...props} />
    </Suspense>
  );
  return Object.assign(Part, { preload });
}

export const SettingsPanel = onDemand(() => import('./SettingsPanel').then((m) => m.SettingsPanel));
export const ShortcutsOverlay = onDemand(() => import('./ShortcutsOverlay').then((m) => m.ShortcutsOverlay));
export const TranscriptPanel = onDemand(() => import('./TranscriptPanel').then((m) => m.TranscriptPanel));
export const RestartDialog = onDemand(() => import('./RestartDialog').then((m) => m.RestartDialog));
export const Notice = onDemand(() => import('./Notice').then((m) => m.Notice));

/** Fetches every part above, each in a task of its own that `schedule` runs (the app: an idle turn each). */
export function preloadOnDemand(schedule: (task: () => void) => void): void {
  for (const part of [SettingsPanel, ShortcutsOverlay, TranscriptPanel, RestartDialog, Notice]) {
    schedule(() => void part.preload().catch(() => {})); // offline: the first render tries again
  }
}
