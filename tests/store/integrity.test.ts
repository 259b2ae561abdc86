// Saves that never lie, in the store: errors stay errors, full storage hides nothing, two tabs lose nothing.
import { describe, expect, it } from 'vitest';
import { memoryStorage, memoryTabs, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { compileFixture, loadCast } from '../helpers/stories';

const sources = [
  { slug: 'long', tags: ['title: Lungo', 'episode: 2'], load: async () => ({ default: compileFixture('long') }) },
  { slug: 'err', tags: ['title: Errore', 'episode: 3'], load: async () => ({ default: compileFixture('runtime-error') }) },
];
const makeStore = (storage: KeyValueStorage = memoryStorage()): AppStore =>
  createAppStore({ storage, episodes: sources, cast: loadCast(), now: () => 1, loadEngine: async () => engine, defer: (task) => task() });
const progress = (store: AppStore, slug: string) => store.getState().episodes.find((e) => e.slug === slug)!.progress;

describe('a runtime error stays an error', () => {
  it('after a reload the error shows again, progress says interrupted, and back is offered', async () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    await first.getState().openEpisode('err');
    first.getState().advance();
    expect(first.getState().scene).toMatchObject({ phase: 'failed' });
    const error = first.getState().scene!.error;
    expect(progress(first, 'err').state).toBe('interrupted');

    const second = makeStore(storage);
    expect(progress(second, 'err').state).toBe('interrupted');
    await second.getState().openEpisode('err');
    expect(second.getState().scene).toMatchObject({ phase: 'failed', error });
    expect(second.getState().transcript().map((b) => ('text' in b ? b.text : ''))).toContain('Qui il flusso finisce senza una fine.');
  });
});

describe('storage is read whenever it can be read', () => {
  it('full storage at load still shows the saved progress, and says the space is full', async () => {
    const data = memoryStorage();
    const writer = makeStore(data);
    await writer.getState().openEpisode('long');
    writer.getState().choose(0);
    writer.getState().advance();
    const full: KeyValueStorage = { ...data, status: 'full', write: () => ({ ok: false, reason: 'full' }) };
    const store = makeStore(full);
    expect(progress(store, 'long').state).toBe('reading');
    await store.getState().openEpisode('long');
    expect(store.getState().scene!.beats).toBe(writer.getState().scene!.beats);
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'storage-full' });
  });
});

describe('a damaged save is kept aside until the reader restarts', () => {
  it('reading on does not overwrite it; restarting drops it', async () => {
    const storage = memoryStorage();
    storage.write(storageKeys.save('long'), '{"schema":2,"story":"long"');
    const store = makeStore(storage);
    await store.getState().openEpisode('long');
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'save-malformed' });
    store.getState().choose(0);
    expect(storage.read(storageKeys.aside('long'))).toBe('{"schema":2,"story":"long"');
    store.getState().restart();
    expect(storage.read(storageKeys.aside('long'))).toBeNull();
  });

  it('a save from a newer player is left where it is, and nothing overwrites it in this session', async () => {
    const storage = memoryStorage();
    const newer = JSON.stringify({ schema: 99, story: 'long' });
    storage.write(storageKeys.save('long'), newer);
    const store = makeStore(storage);
    await store.getState().openEpisode('long');
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'save-newer' });
    store.getState().choose(0);
    store.getState().flushSave();
    expect(storage.read(storageKeys.save('long'))).toBe(newer);
  });
});

describe('two tabs of one episode lose nothing', () => {
  it('the tab that falls behind stops saving, says so, and can follow the other or take over', async () => {
    const tab = memoryTabs();
    const a = makeStore(tab());
    const b = makeStore(tab());
    await a.getState().openEpisode('long');
    await b.getState().openEpisode('long');
    // A reads on: B is told, and B's steps no longer overwrite A's place.
    a.getState().choose(0);
    a.getState().advance();
    a.getState().choose(0);
    const aBeats = a.getState().scene!.beats;
    expect(b.getState().scene!.notice).toMatchObject({ kind: 'other-tab' });
    b.getState().choose(1);
    b.getState().flushSave();
    const third = makeStore(tab());
    await third.getState().openEpisode('long');
    expect(third.getState().scene!.beats).toBe(aBeats);
    third.getState().closeEpisode();
    // B follows A: it is now where A is.
    b.getState().followOtherTab();
    expect(b.getState().scene!.beats).toBe(aBeats);
    expect(b.getState().scene!.notice).toBeNull();
    // B takes over: its next steps are saved and A is told in turn.
    b.getState().choose(1);
    expect(a.getState().scene!.notice).toMatchObject({ kind: 'other-tab' });
    a.getState().keepThisTab();
    const fourth = makeStore(tab());
    await fourth.getState().openEpisode('long');
    expect(fourth.getState().transcript()).toEqual(a.getState().transcript());
  });
});
