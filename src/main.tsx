import { StrictMode, startTransition } from 'react';
import { episodes } from 'virtual:episodes';
import castJson from '../stories/cast.json';
import { inIdleTurn, whenIdle, whenLoaded } from './adapters/idle';
import { broadcastChannel } from './adapters/channel';
import { browserStorage } from './adapters/storage';
import type { Cast } from './engine/types';
import { createAppStore } from './store';
import { App } from './app/App';
import { applyTypeWhenIdle } from './app/type-ready';
import { liveEpisodes } from './app/live-edit';
import { OnCommit } from './app/on-commit';
import { followMovedHover } from './app/moved-hover';
import { createQuietRoot } from './app/quiet-events';
import { StoreProvider } from './app/store-context';
import './styles/base.css';
import './styles/home.css';
import './styles/scene.css';
import './styles/stage.css';
import './styles/dialog.css';
import './styles/groups.css';
import './styles/print.css';
import './styles/workshop.css';
import './styles/update-notice.css';

const cast = castJson as Cast;
/** How long after load the service worker waits before registering (see below). */
const SW_AFTER_LOAD_MS = 5000;

// The ink runtime is its own chunk: the home page does not wait for it.
const loadEngine = () => import('./engine/run');

// In the dev server, the list and each episode follow the .ink files as they are edited.
const live = import.meta.hot ? liveEpisodes(episodes) : null;

const store = createAppStore({
  storage: browserStorage(),
  episodes: live ? live.sources : episodes,
  cast,
  now: Date.now,
  loadEngine,
  defer: (task) => whenIdle(task),
  nextTask: () => new Promise((next) => setTimeout(next, 0)),
  // The workshop's projector and presenter windows talk over it (same origin, works offline).
  channel: broadcastChannel('sihv-workshop'),
});

// A save still waiting for an idle moment is written before the page goes away.
addEventListener('pagehide', () => store.getState().flushSave());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') store.getState().flushSave();
});
// «Continua»'s hover look follows the pointer's moves, not the page moving under it (see there).
followMovedHover();
// Fetch the engine once the page is idle, so opening an episode from the home page does not wait for it;
// then the self-hosted faces (see there).
inIdleTurn(() => void loadEngine());
applyTypeWhenIdle();
// Offline: the service worker (precaching every episode) registers a few seconds after load, when idle,
// so neither it nor its downloads compete with the first line or the reader's first taps (its
// registration was a 25 ms task right after the takeover). Only in a built site over http(s): not in
// dev, tests in jsdom, or the single file.
if (__PWA__ && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  whenLoaded(() =>
    setTimeout(() => whenIdle(() => void import('./app/register-sw').then((m) => m.registerServiceWorker()), 2000), SW_AFTER_LOAD_MS),
  );
}

// Live editing: a recompiled .ink file reaches the open episode without a reload (see app/live-edit.ts).
if (import.meta.hot && live) live.connect(import.meta.hot, store);

// Text before script (scripts/prerender.ts): the HTML may already show this route's first screen,
// painted by an inline script. The app's first render must draw the same, so on an episode's link the
// episode is opened first (engine and story are modulepreloaded), then rendered. The render is a
// transition: React builds the page in slices of a few ms, the painted page staying on screen and
// answering meanwhile, and swaps it in one commit (one task that built the story and rendered
// everything was the page's longest, 80 ms at 1× in Lighthouse's trace). Taps on the painted
// «Continua» are taken at that commit, once.
interface Prepainted { slug: string; fromStart: boolean; taps: number; live: boolean }
const pre = (window as { __sihvPre?: Prepainted }).__sihvPre;
const rootElement = document.getElementById('root')!;
// Without listeners for the events the app has no handler for (see there).
const root = createQuietRoot(rootElement);
// The painted page is replaced by the app's own, equal DOM: a reader tabbing through it keeps their place.
const focusedSelector = (): string | null => {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || !rootElement.contains(el)) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  const href = el.getAttribute('href');
  return href ? `${el.tagName.toLowerCase()}[href="${CSS.escape(href)}"]` : null;
};
const render = () => {
  // Where focus is on the painted page, up to the commit that replaces it.
  let focused = focusedSelector();
  const track = () => (focused = focusedSelector());
  rootElement.addEventListener('focusin', track);
  const committed = () => {
    rootElement.removeEventListener('focusin', track);
    rootElement.removeAttribute('data-pre');
    document.documentElement.removeAttribute('data-bare'); // see scripts/route-preload.ts
    if (pre?.live) {
      pre.live = false;
      const { scene, advance } = store.getState();
      if (scene?.slug === pre.slug && scene.phase === 'reading') for (let i = 0; i < pre.taps; i++) advance();
      pre.taps = 0;
    }
    if (focused) rootElement.querySelector<HTMLElement>(focused)?.focus();
  };
  // After the app's own effects (its key commands listen from one): the page now answers everything.
  // The bench and the tests time the takeover by this mark.
  const ready = () => performance.mark('sihv:app-rendered');
  startTransition(() =>
    root.render(
      <StrictMode>
        <StoreProvider store={store} cast={cast}>
          <App />
          <OnCommit committed={committed} ready={ready} />
        </StoreProvider>
      </StrictMode>,
    ),
  );
};
if (pre) {
  void store
    .getState()
    .openEpisode(pre.slug, pre.fromStart)
    .catch(() => {})
    .then(render);
} else if (rootElement.hasAttribute('data-pre')) render();
else whenStyled().then(render);

/**
 * A page the HTML did not paint (#/apri, the workshop's views, an unknown episode) has only the
 * header's CSS inline; the stylesheet's link is in <body> (scripts/critical-css.ts), and this module
 * may run before the parser gets there. Its first render waits for the sheet, so it never shows unstyled.
 */
async function whenStyled(): Promise<void> {
  if (document.readyState === 'loading') await new Promise((parsed) => document.addEventListener('DOMContentLoaded', parsed, { once: true }));
  const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
  if (!sheet || sheet.sheet) return;
  return new Promise((done) => {
    sheet.addEventListener('load', () => done(), { once: true });
    sheet.addEventListener('error', () => done(), { once: true }); // unstyled beats blank
  });
}
