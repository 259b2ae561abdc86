import { LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef, useState, lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { inIdleTurn, whenLoaded } from '../adapters/idle';
import { ErrorPanel } from '../components/ErrorPanel';
import { preloadOnDemand, SettingsPanel, ShortcutsOverlay } from '../components/on-demand';
import { UpdateNotice } from '../components/UpdateNotice';
import { HomeScreen } from '../screens/HomeScreen';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { SceneScreen } from '../screens/SceneScreen';
import { useKeyCommands } from '../screens/use-key-commands';
import { REVEAL_SPEEDS, TEXT_SCALES } from '../store/settings';
import { ErrorBoundary } from './ErrorBoundary';
import { SHORTCUTS } from './keymap';
import { homeHref, navigate, resolveSlug, useRoute } from './route';
import { useApp, useAppStore } from './store-context';
import { useUpdate } from './update-state';
import { useSettingsEffects } from './use-settings-effects';

// Facilitators' screens load when opened: a reader never downloads them.
const WorkshopScreen = lazy(() => import('../screens/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));
const GroupsScreen = lazy(() => import('../screens/GroupsScreen').then((m) => ({ default: m.GroupsScreen })));
// The open page (#/apri) loads when opened; its ink compiler is in a worker of its own, loaded later still.
const OpenScreen = lazy(() => import('../screens/OpenScreen').then((m) => ({ default: m.OpenScreen })));
// The story map: an author's tool, live in `npm run dev` only.
const MapScreen = lazy(() => import('../screens/MapScreen').then((m) => ({ default: m.MapScreen })));

// Animation features load in an idle turn: the first line is drawn (still) before they arrive.
const loadFeatures = () =>
  new Promise<void>((resolve) => inIdleTurn(resolve))
    .then(() => import('./motion-features'))
    .then((m) => m.default);

const MOTION = { full: 'never', reduced: 'always', system: 'user' } as const;

/**
 * The shell: header, the current screen, the settings and shortcuts overlays. `hash`: the route, where
 * there is no window (the build's pre-render renders the app for each route it puts in the HTML).
 */
export function App({ hash }: { hash?: string } = {}) {
  const store = useAppStore();
  const route = useRoute(hash);
  const settings = useApp(useShallow((s) => s.settings));
  // The slug alone, so progress saved in the background does not re-render the whole app; null at home
  // and for a link to an episode that does not exist (shown as «Episodio non trovato»).
  const slug = useApp((s) => (route.name === 'episode' ? resolveSlug(route.slug, s.episodes) : null));
  const groupsSlug = useApp((s) => (route.name === 'groups' ? resolveSlug(route.slug, s.episodes) : null));
  const screen = slug ? `e:${slug}` : route.name === 'episode' ? `nf:${route.slug}` : route.name === 'groups' ? `g:${route.slug}` : route.name === 'open' ? 'open' : route.name === 'map' ? `m:${route.slug}` : 'home';
  const [overlay, setOverlay] = useState<'settings' | 'help' | null>(null);
  const workshop = route.name === 'project' || route.name === 'present' ? route : null;
  const workshopSlug = useApp((s) => (workshop ? resolveSlug(workshop.slug, s.episodes) : null));
  // A new version waits for a click (never reloads by itself); not on the room's screen.
  const update = useUpdate();
  useSettingsEffects(settings);

  // Another screen starts at the top of the page, not where the last one was scrolled to (an episode
  // read far down on a phone); an episode then brings its newest line into view itself. Not on the
  // first screen: the page loads where the browser puts it (reading the scroll there forced a layout
  // inside the takeover of the painted page).
  const scrolledFor = useRef(screen);
  useLayoutEffect(() => {
    if (screen === scrolledFor.current) return;
    scrolledFor.current = screen;
    if (window.scrollX || window.scrollY) window.scrollTo(0, 0);
  }, [screen]);

  // The dialogs and panels no first screen shows (components/on-demand.tsx): fetched once the page has
  // loaded, each in an idle turn of its own.
  useEffect(() => whenLoaded(() => preloadOnDemand(inIdleTurn)), []);

  useKeyCommands((command) => {
    if (workshop) return false; // the workshop views have keys of their own
    if (command.type === 'help') setOverlay('help');
    else if (command.type === 'settings') setOverlay('settings');
    else return false;
    return true;
  });

  if (workshop && workshopSlug) {
    // The room's screen and the presenter's: no reader chrome.
    return (
      <LazyMotion features={loadFeatures} strict>
        <MotionConfig reducedMotion={MOTION[settings.motion]}>
          <Suspense fallback={null}>
            <WorkshopScreen key={`${workshop.name}:${workshopSlug}`} slug={workshopSlug} role={workshop.name === 'project' ? 'projector' : 'presenter'} />
          </Suspense>
          {update && workshop.name === 'present' && <UpdateNotice onUpdate={update} floating />}
        </MotionConfig>
      </LazyMotion>
    );
  }

  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion={MOTION[settings.motion]}>
        <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
          Vai al contenuto
        </a>
        {/* The id ends the pre-rendered page's render blocking (scripts/prerender.ts: HEADER_ID). */}
        <header className="app-header" id="app-header">
          <a className="app-header__brand" href={homeHref}>
            <span className="app-header__mark" aria-hidden="true" />
            <span className="app-header__name">Se Internet ha vinto</span>
          </a>
          {update && <UpdateNotice onUpdate={update} />}
          <nav className="app-header__nav" aria-label="Lettore">
            <button type="button" className="tool" onClick={() => setOverlay('settings')} aria-keyshortcuts="I">
              <span aria-hidden="true" className="tool__icon">Aa</span> <span className="tool__label">Impostazioni</span>
            </button>
            <button type="button" className="tool" onClick={() => setOverlay('help')} aria-keyshortcuts="?">
              <span aria-hidden="true" className="tool__icon">?</span> <span className="tool__label">Scorciatoie</span>
            </button>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className={`app-main app-main--${route.name}`}>
          <ErrorBoundary
            resetKey={screen}
            fallback={(error, reset) => (
              <ErrorPanel
                message={error.message}
                onHome={() => {
                  reset();
                  navigate(homeHref);
                }}
                onRestart={
                  slug
                    ? () => {
                        store.getState().restart();
                        reset();
                      }
                    : undefined
                }
              />
            )}
          >
            {slug ? (
              <SceneScreen key={slug} slug={slug} fromStart={route.name === 'episode' && route.fromStart} shellDialogOpen={overlay !== null} />
            ) : route.name === 'groups' ? (
              groupsSlug ? (
                <Suspense fallback={null}>
                  <GroupsScreen key={groupsSlug} slug={groupsSlug} />
                </Suspense>
              ) : (
                <NotFoundScreen slug={route.slug} />
              )
            ) : route.name === 'episode' ? (
              <NotFoundScreen slug={route.slug} />
            ) : route.name === 'map' ? (
              <Suspense fallback={null}>
                <MapScreen key={route.slug} slug={route.slug} />
              </Suspense>
            ) : route.name === 'open' ? (
              <Suspense fallback={null}>
                <OpenScreen shellDialogOpen={overlay !== null} />
              </Suspense>
            ) : workshop ? (
              <NotFoundScreen slug={workshop.slug} />
            ) : (
              <HomeScreen />
            )}
          </ErrorBoundary>
        </main>
        {overlay === 'settings' && (
          <SettingsPanel
            settings={settings}
            textScales={TEXT_SCALES}
            revealSpeeds={REVEAL_SPEEDS}
            onChange={(patch) => store.getState().updateSettings(patch)}
            onClose={() => setOverlay(null)}
          />
        )}
        {overlay === 'help' && <ShortcutsOverlay shortcuts={SHORTCUTS} onClose={() => setOverlay(null)} />}
      </MotionConfig>
    </LazyMotion>
  );
}
