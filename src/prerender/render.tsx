// The first screen of a route, rendered at build time with React's server renderer, the app's own
// components and the real engine (scripts/prerender.ts puts each into index.html as a <template>).
// A fresh reader's store: nothing saved, default settings; an episode opened as the store opens it,
// so the markup is what the app's first render of that route draws (the app then replaces it).
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../app/App';
import { DrawRoom } from '../components/draw-room';
import { StoreProvider } from '../app/store-context';
import { memoryStorage } from '../adapters/storage';
import * as engine from '../engine/run';
import type { Cast } from '../engine/types';
import { createAppStore, type AppStore, type EpisodeSource } from '../store';

export interface Prerendered {
  html: string;
  /** The document's title once the app shows this route. */
  title: string;
}

export const HOME_TITLE = 'Se Internet ha vinto — episodi interattivi';

/** A store as a first-time reader's page has it: in memory, no timers, nothing deferred. */
export function freshStore(episodes: EpisodeSource[], cast: Cast): AppStore {
  return createAppStore({
    storage: memoryStorage(),
    episodes,
    cast,
    now: () => 0,
    loadEngine: async () => engine,
    defer: () => {},
    later: () => () => {},
    channel: null,
  });
}

/** Markup of the app on `hash` (`#/` or `#/episodio/<slug>`), for a reader who has nothing saved. */
export async function renderRoute(hash: string, episodes: EpisodeSource[], cast: Cast): Promise<Prerendered> {
  const store = freshStore(episodes, cast);
  const episode = /^#\/episodio\/([^/?]+)$/.exec(hash);
  if (episode) await store.getState().openEpisode(decodeURIComponent(episode[1]));
  const scene = store.getState().scene;
  if (episode && (!scene || scene.phase === 'failed' || scene.phase === 'loading')) {
    throw new Error(`prerender: ${hash} did not open (${scene?.error ?? 'no scene'})`);
  }
  // The server renderer reads a store's initial state (zustand's server snapshot): here, the state now.
  const now: AppStore = { ...store, getInitialState: store.getState };
  const html = renderToStaticMarkup(
    <StoreProvider store={now} cast={cast}>
      <DrawRoom.Provider value={false}>
        <App hash={hash} />
      </DrawRoom.Provider>
    </StoreProvider>,
  );
  store.getState().closeEpisode();
  const title = scene?.meta.title ? `${scene.meta.title} — Se Internet ha vinto` : HOME_TITLE;
  return { html, title };
}
