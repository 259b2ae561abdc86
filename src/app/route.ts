import { useMemo, useSyncExternalStore } from 'react';

/** The two places a reader can be; the hash keeps them linkable and the back button working. */
export type Route =
  | { name: 'home' }
  | { name: 'episode'; slug: string; fromStart: boolean }
  /** Workshop mode: the room's screen, and the facilitator's. */
  | { name: 'project'; slug: string }
  | { name: 'present'; slug: string }
  /** The workshop log of an episode: its groups side by side. */
  | { name: 'groups'; slug: string }
  /** Any ink story from a file the reader picks (.ink, .json, Inky's web export). */
  | { name: 'open' }
  /** The story map of an episode (live in `npm run dev`). */
  | { name: 'map'; slug: string };

const EPISODE = /^#\/episodio\/([^/?]+)(\?da-capo)?$/;
const WORKSHOP = /^#\/(proietta|presenta)\/([^/?]+)$/;
const GROUPS = /^#\/gruppi\/([^/?]+)$/;
const MAP = /^#\/mappa\/([^/?]+)$/;

export function parseRoute(hash: string): Route {
  if (/^#\/apri\/?$/.test(hash)) return { name: 'open' };
  const workshop = WORKSHOP.exec(hash);
  if (workshop) return { name: workshop[1] === 'proietta' ? 'project' : 'present', slug: decodeURIComponent(workshop[2]) };
  const groups = GROUPS.exec(hash);
  if (groups) return { name: 'groups', slug: decodeURIComponent(groups[1]) };
  const map = MAP.exec(hash);
  if (map) return { name: 'map', slug: decodeURIComponent(map[1]) };
  const match = EPISODE.exec(hash);
  if (!match) return { name: 'home' };
  return { name: 'episode', slug: decodeURIComponent(match[1]), fromStart: Boolean(match[2]) };
}

export const homeHref = '#/';
export const episodeHref = (slug: string, fromStart = false) =>
  `#/episodio/${encodeURIComponent(slug)}${fromStart ? '?da-capo' : ''}`;

export const projectHref = (slug: string) => `#/proietta/${encodeURIComponent(slug)}`;
export const presentHref = (slug: string) => `#/presenta/${encodeURIComponent(slug)}`;
export const groupsHref = (slug: string) => `#/gruppi/${encodeURIComponent(slug)}`;
export const mapHref = (slug: string) => `#/mappa/${encodeURIComponent(slug)}`;
export const openHref = '#/apri';

/**
 * "Presenta": this window becomes the room's screen and the presenter opens in a window of its own
 * (to drag to the laptop's screen). A blocked popup leaves a link on the projector to open it by hand.
 */
export function startPresenting(slug: string) {
  window.open(presentHref(slug), `sihv-presenter-${slug}`, 'popup,width=1280,height=800');
  navigate(projectHref(slug));
}

export function navigate(href: string) {
  window.location.hash = href.slice(1);
}

/** Drops a one-shot flag from the URL without a new history entry (reloading must not restart again). */
export function replaceHash(href: string) {
  window.history.replaceState(window.history.state, '', href);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
};

/**
 * The route the hash names, following it. An external store, not state read once and an effect: a
 * reader who follows a link while the app's first render is under way (the painted page answers
 * meanwhile) changes the hash before any effect listens, and React checks for that at the commit.
 * `hash`: the route to start from where there is no window (the build's pre-render, see src/prerender).
 */
export function useRoute(hash?: string): Route {
  const current = useSyncExternalStore(subscribe, () => hash ?? window.location.hash, () => hash ?? '');
  return useMemo(() => parseRoute(current), [current]);
}

/**
 * `#/episodio/4` works as well as `#/episodio/episodio-4`: an unknown slug may be an episode number.
 * Null when no episode answers to it (the shell shows «Episodio non trovato»).
 */
export function resolveSlug(slug: string, episodes: readonly { slug: string; meta: { episode: string } }[]): string | null {
  if (episodes.some((e) => e.slug === slug)) return slug;
  return episodes.find((e) => e.meta.episode === slug)?.slug ?? null;
}
