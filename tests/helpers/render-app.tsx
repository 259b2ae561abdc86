// The whole app rendered in jsdom over a store in memory, as the UI tests use it.
import { render } from '@testing-library/react';
import { memoryStorage } from '../../src/adapters/storage';
import { App } from '../../src/app/App';
import { StoreProvider } from '../../src/app/store-context';
import { createAppStore, type EpisodeSource } from '../../src/store';
import { loadCast } from './stories';

const cast = loadCast();

export function renderApp(episodes: EpisodeSource[], initial: Record<string, string> = {}, now = () => 0) {
  const storage = memoryStorage(initial);
  const store = createAppStore({
    storage,
    episodes,
    cast,
    now,
    loadEngine: () => import('../../src/engine/run'),
    defer: (task) => task(),
  });
  render(
    <StoreProvider store={store} cast={cast}>
      <App />
    </StoreProvider>,
  );
  return { store, storage };
}
