// The page's side of live editing (src/app/live-edit.ts), with the dev server's events played by hand.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/adapters/storage';
import { closeInkOverlays, liveEpisodes } from '../../src/app/live-edit';
import * as engine from '../../src/engine/run';
import { createAppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { compileFixture, loadCast } from '../helpers/stories';

/** An overlay as Vite's client draws one: the error's text in an open shadow root. */
function overlay(text: string) {
  const element = document.createElement('vite-error-overlay');
  element.attachShadow({ mode: 'open' }).textContent = text;
  document.body.append(element);
  return element;
}

/** A stand-in for `import.meta.hot`: the handlers registered, to call as the server would. */
function fakeHot() {
  const handlers = new Map<string, (data: never) => void>();
  return { hot: { on: (event: string, handler: (data: never) => void) => void handlers.set(event, handler) }, emit: (event: string, data: unknown) => handlers.get(event)!(data as never) };
}

describe('live editing: the page side', () => {
  it('closes the error overlay of an ink error only, not one for another file', () => {
    const ink = overlay('[plugin:ink] stories/episodio-4.ink:55: error: Divert target not found');
    const tsx = overlay('[plugin:vite:react] src/app/App.tsx:12: Unexpected token');
    expect(closeInkOverlays()).toBe(1);
    expect(ink.isConnected).toBe(false);
    expect(tsx.isConnected).toBe(true);
    tsx.remove();
  });

  it('a recompiled episode reaches the open reading and later opens; a new list replaces the cards keeping progress', async () => {
    const storage = memoryStorage({ [storageKeys.progress('nuovo')]: JSON.stringify({ state: 'finished', where: 'Fine.', endings: [], updatedAt: 1 }) });
    const live = liveEpisodes([{ slug: 'long', tags: ['title: Lungo', 'episode: 2'], load: async () => ({ default: compileFixture('long') }) }]);
    const store = createAppStore({ storage, episodes: live.sources, cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task() });
    const { hot, emit } = fakeHot();
    live.connect(hot as never, store);
    await store.getState().openEpisode('long');
    const edited = compileFixture('long').replace('Giro numero', 'Giro n.');
    emit('ink:update', { slug: 'long', json: edited });
    expect(store.getState().transcript()).toMatchObject([{ text: 'Giro n. 1.' }]);
    expect(await store.getState().episodeSource('long')!.load()).toEqual({ default: edited });
    store.getState().advance(); // progress for «long»
    emit('ink:episodes', [
      { slug: 'long', tags: ['title: Lungo', 'episode: 2'], url: '/stories/long.ink?import' },
      { slug: 'nuovo', tags: ['title: Nuovo', 'episode: 1'], url: '/stories/nuovo.ink?import' },
    ]);
    expect(store.getState().episodes.map((e) => [e.slug, e.meta.title, e.progress.state])).toEqual([
      ['nuovo', 'Nuovo', 'finished'],
      ['long', 'Lungo', 'reading'],
    ]);
    expect(await store.getState().episodeSource('long')!.load()).toEqual({ default: edited });
    emit('ink:episodes', [{ slug: 'nuovo', tags: ['title: Nuovo', 'episode: 1'], url: '/stories/nuovo.ink?import' }]);
    expect(store.getState().episodes.map((e) => e.slug)).toEqual(['nuovo']);
    expect(store.getState().episodeSource('long')).toBeUndefined();
  });
});
