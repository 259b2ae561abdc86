// Endings with names: what the scene says was reached, what progress keeps, and the episode after this one.
import { describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { readProgress } from '../../src/store/library';
import { compileFixture, loadCast } from '../helpers/stories';

const sources = [
  { slug: 'long', tags: ['title: Lungo', 'episode: 2'], load: async () => ({ default: compileFixture('long') }) },
  { slug: 'basic', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: compileFixture('basic') }) },
];

function makeStore(storage: KeyValueStorage = memoryStorage()): AppStore {
  return createAppStore({ storage, episodes: sources, cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task() });
}

const progressOf = (store: AppStore, slug = 'basic') => store.getState().episodes.find((e) => e.slug === slug)!.progress;
const stored = (storage: KeyValueStorage, slug = 'basic') => JSON.parse(storage.read(storageKeys.progress(slug))!);

/** basic.ink: «Andarsene» ends at `# ending: via: Andarsene senza ascoltare`. */
async function readToVia(store: AppStore) {
  await store.getState().openEpisode('basic');
  store.getState().advance();
  store.getState().advance();
  store.getState().choose(1);
}

describe('store: endings with names', () => {
  it('the scene names the ending reached, only once the story has ended', async () => {
    const store = makeStore();
    await store.getState().openEpisode('basic');
    expect(store.getState().scene!.ending).toBeNull();
    store.getState().advance();
    store.getState().advance();
    store.getState().choose(1);
    expect(store.getState().scene).toMatchObject({ phase: 'ended', ending: { id: 'via', name: 'Andarsene senza ascoltare' } });
    store.getState().back();
    expect(store.getState().scene).toMatchObject({ phase: 'choosing', ending: null });
  });

  it('progress keeps the id and the name of each ending seen, in storage too', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    await readToVia(store);
    store.getState().back();
    store.getState().choose(0); // Ascoltare
    store.getState().advance();
    store.getState().choose(1); // Basta → `# ending: fine` (bare: the name is the id, capitalised)
    expect(store.getState().scene!.ending).toEqual({ id: 'fine', name: 'Fine' });
    const endings = [
      { id: 'via', name: 'Andarsene senza ascoltare' },
      { id: 'fine', name: 'Fine' },
    ];
    expect(progressOf(store).endings).toEqual(endings);
    expect(stored(storage).endings).toEqual(endings);
    expect(progressOf(makeStore(storage)).endings).toEqual(endings);
  });

  it('reaching an ending again does not list it twice', async () => {
    const store = makeStore();
    await readToVia(store);
    store.getState().back();
    store.getState().choose(1);
    expect(progressOf(store).endings).toEqual([{ id: 'via', name: 'Andarsene senza ascoltare' }]);
  });

  it('loads progress stored before endings had names: the id is the name, until the ending is reached again', async () => {
    const old = JSON.stringify({ state: 'finished', where: 'Se ne va.', endings: ['via', 'altro'], updatedAt: 5 });
    const storage = memoryStorage({ [storageKeys.progress('basic')]: old });
    const store = makeStore(storage);
    expect(progressOf(store)).toMatchObject({
      state: 'finished',
      endings: [
        { id: 'via', name: 'via' },
        { id: 'altro', name: 'altro' },
      ],
    });
    await readToVia(store);
    expect(progressOf(store).endings).toEqual([
      { id: 'via', name: 'Andarsene senza ascoltare' },
      { id: 'altro', name: 'altro' },
    ]);
  });

  it('ignores what is not an ending in stored progress', () => {
    const raw = JSON.stringify({ state: 'finished', endings: ['', 3, null, { name: 'senza id' }, { id: 'x' }, { id: 'y', name: 'Ypsilon' }] });
    expect(readProgress(raw).endings).toEqual([
      { id: 'x', name: 'x' },
      { id: 'y', name: 'Ypsilon' },
    ]);
    expect(readProgress(JSON.stringify({ endings: 'via' })).endings).toEqual([]);
  });

  it('the next episode is the following one by episode number; none after the last', () => {
    const store = makeStore();
    expect(store.getState().nextEpisode('basic')).toMatchObject({ slug: 'long', meta: { title: 'Lungo', episode: '2' } });
    expect(store.getState().nextEpisode('long')).toBeNull();
    expect(store.getState().nextEpisode('nessuno')).toBeNull();
  });
});
