import { describe, expect, it } from 'vitest';
import { compileLongStory } from '../../scripts/bench/long-story';
import { memoryStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { CHUNK } from '../../src/store/saves';
import { compileFixture, loadCast } from '../helpers/stories';

const long = compileLongStory(1200);
const sources = [
  { slug: 'lunga', tags: ['title: Lunga'], load: async () => ({ default: long }) },
  { slug: 'long', tags: ['title: Lungo'], load: async () => ({ default: compileFixture('long') }) },
];
const makeStore = (storage = memoryStorage()) =>
  createAppStore({ storage, episodes: sources, cast: loadCast(), now: () => 1, loadEngine: async () => engine, defer: (task) => task() });

describe('saves: written in chunks, the cost of a step does not grow with the reading', () => {
  it('each step rewrites the head and one chunk, at line 50 as at line 1,100', async () => {
    const storage = memoryStorage();
    const writes: string[] = [];
    const write = storage.write;
    storage.write = (key, value) => {
      writes.push(key);
      return write(key, value);
    };
    const store = makeStore(storage);
    await store.getState().openEpisode('lunga');
    const savesWrittenByStep = (at: number) => {
      while (store.getState().scene!.beats < at) store.getState().advance();
      writes.length = 0;
      store.getState().advance();
      return writes.filter((k) => k.startsWith('sihv.v1.save.')).length;
    };
    expect(savesWrittenByStep(50)).toBe(2);
    expect(savesWrittenByStep(1100)).toBe(2);
    const head = JSON.parse(storage.read(storageKeys.save('lunga'))!);
    expect(head.transcriptLength).toBe(1101);
    expect(head).not.toHaveProperty('transcript');
  });

  it('a reading of 1,100 lines comes back whole, and can step back from there', async () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    await first.getState().openEpisode('lunga');
    for (let i = 0; i < 1099; i++) first.getState().advance();
    first.getState().backLine(); // rewrites from inside the last chunk
    first.getState().advance();
    const transcript = first.getState().transcript();
    const second = makeStore(storage);
    await second.getState().openEpisode('lunga');
    expect(second.getState().scene!.notice).toBeNull();
    expect(second.getState().transcript()).toEqual(transcript);
    second.getState().backLine();
    expect(second.getState().scene!.beats).toBe(transcript.length - 1);
  });

  it('a missing chunk is damage: reported, and the episode starts over', async () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    await first.getState().openEpisode('lunga');
    for (let i = 0; i < CHUNK * 2; i++) first.getState().advance();
    const prefix = `${storageKeys.saveChunk('lunga', 1)}.`;
    for (const key of [...storage.data.keys()]) if (key.startsWith(prefix)) storage.remove(key);
    const second = makeStore(storage);
    await second.getState().openEpisode('lunga');
    expect(second.getState().scene!.notice).toMatchObject({ kind: 'save-malformed' });
    expect(second.getState().scene!.beats).toBe(1);
  });

  it('a write cut short leaves the previous step whole: never a mix of two places', async () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    await first.getState().openEpisode('lunga');
    for (let i = 0; i < 150; i++) first.getState().advance();
    for (let i = 0; i < 30; i++) first.getState().backLine();
    const saved = first.getState().transcript();
    // The next save dies after writing its chunk, before its head (the tab was closed mid-write).
    const write = storage.write;
    storage.write = (key, value) => (key === storageKeys.save('lunga') ? { ok: false, reason: 'unavailable' } : write(key, value));
    first.getState().advance();
    storage.write = write;
    const second = makeStore(storage);
    await second.getState().openEpisode('lunga');
    expect(second.getState().scene!.notice).toBeNull();
    expect(second.getState().transcript()).toEqual(saved);
    // and no chunk of the failed write is left behind
    const chunkKeys = [...storage.data.keys()].filter((k) => k.startsWith('sihv.v1.save.lunga.t'));
    expect(chunkKeys).toHaveLength(2);
  });

  it('a save of the first format (transcript inline, no checkpoints) still resumes', async () => {
    const storage = memoryStorage();
    const run = engine.StoryRun.start(compileFixture('long'), loadCast(), 'long');
    run.readAll();
    run.choose(0);
    run.next();
    const { checkpoints: _, ...v1 } = { ...run.save(1), schema: 1 };
    storage.write(storageKeys.save('long'), JSON.stringify(v1));
    const store = makeStore(storage);
    await store.getState().openEpisode('long');
    expect(store.getState().scene!.notice).toBeNull();
    expect(store.getState().transcript()).toEqual(run.transcript);
  });
});
