// Live editing in the dev server (see scripts/ink/vite-plugin.ts): a recompiled episode reaches the
// open reading, the episode list follows .ink files added, renamed or deleted, and Vite's error
// overlay for an ink error goes once the story compiles again. Only `npm run dev` uses this.
import type { AppStore, EpisodeSource } from '../store';

type Hot = NonNullable<ImportMeta['hot']>;

/** What the dev server sends (the plugin's `ink:update` and `ink:episodes` events). */
interface InkUpdate {
  slug: string;
  json: string;
}
interface LiveEpisode {
  slug: string;
  tags: string[];
  url: string;
}

/**
 * Closes Vite's error overlay when it shows an ink error, and only then: an overlay for a broken
 * .tsx file stays. Done here rather than by sending Vite an empty 'update' from the server: Vite's
 * client reloads the whole page when the first update of a session meets an overlay.
 */
export function closeInkOverlays(doc: Document = document): number {
  let closed = 0;
  for (const overlay of Array.from(doc.querySelectorAll('vite-error-overlay'))) {
    const text = overlay.shadowRoot?.textContent ?? '';
    if (text.includes('[plugin:ink]') || /\.ink:\d+/.test(text)) {
      overlay.remove();
      closed++;
    }
  }
  return closed;
}

/**
 * The episode sources for the store, kept current while the dev server runs. An episode edited
 * since the page loaded opens in its newest version: the browser keeps the first version of a
 * module it imported, so the newest JSON each `ink:update` brought is used instead.
 */
export function liveEpisodes(initial: EpisodeSource[]) {
  const latest = new Map<string, string>();
  const current = (source: EpisodeSource): EpisodeSource => ({
    ...source,
    load: () => {
      const json = latest.get(source.slug);
      return json !== undefined ? Promise.resolve({ default: json }) : source.load();
    },
  });
  return {
    sources: initial.map(current),
    connect(hot: Hot, store: AppStore) {
      hot.on('ink:update', ({ slug, json }: InkUpdate) => {
        latest.set(slug, json);
        closeInkOverlays();
        store.getState().replaceStory(slug, json);
      });
      hot.on('ink:episodes', (list: LiveEpisode[]) => {
        for (const slug of latest.keys()) if (!list.some((e) => e.slug === slug)) latest.delete(slug);
        const sources = list.map(({ slug, tags, url }) => current({ slug, tags, load: () => import(/* @vite-ignore */ url) }));
        store.getState().replaceEpisodes(sources);
      });
    },
  };
}
