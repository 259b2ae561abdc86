import { useEffect, useState } from 'react';

/** The two places a reader can be; the hash keeps them linkable and the back button working. */
export type Route = { name: 'home' } | { name: 'episode'; slug: string; fromStart: boolean };

const EPISODE = /^#\/episodio\/([^/?]+)(\?da-capo)?$/;

export function parseRoute(hash: string): Route {
  const match = EPISODE.exec(hash);
  if (!match) return { name: 'home' };
  return { name: 'episode', slug: decodeURIComponent(match[1]), fromStart: Boolean(match[2]) };
}

export const homeHref = '#/';
export const episodeHref = (slug: string, fromStart = false) =>
  `#/episodio/${encodeURIComponent(slug)}${fromStart ? '?da-capo' : ''}`;

export function navigate(href: string) {
  window.location.hash = href.slice(1);
}

/** Drops a one-shot flag from the URL without a new history entry (reloading must not restart again). */
export function replaceHash(href: string) {
  window.history.replaceState(window.history.state, '', href);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    window.addEventListener('popstate', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
      window.removeEventListener('popstate', onChange);
    };
  }, []);
  return route;
}

/**
 * `#/episodio/4` works as well as `#/episodio/episodio-4`: an unknown slug may be an episode number.
 * Null when no episode answers to it (the shell shows «Episodio non trovato»).
 */
export function resolveSlug(slug: string, episodes: readonly { slug: string; meta: { episode: string } }[]): string | null {
  if (episodes.some((e) => e.slug === slug)) return slug;
  return episodes.find((e) => e.meta.episode === slug)?.slug ?? null;
}
