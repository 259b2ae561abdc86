// «Prova l'altro finale»: the store names the ending a finished reading did not reach and the choice
// that decides it; going back there and taking the other option ends on that ending.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { compileEpisode, compileFixture, loadCast } from '../helpers/stories';

// Pauses (`# pause: 2`) wait on the store's timers: the test fires them itself when a pause holds.
const timers = new Set<() => void>();
const later = (task: () => void) => {
  timers.add(task);
  return () => void timers.delete(task);
};
const fireTimers = () => {
  const due = [...timers];
  timers.clear();
  due.forEach((task) => task());
};

function makeStore(): AppStore {
  const sources = [
    { slug: 'episodio-4', tags: ['title: Ho bisogno di una pausa…', 'episode: 4'], load: async () => ({ default: compileEpisode('episodio-4') }) },
    { slug: 'basic', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: compileFixture('basic') }) },
  ];
  return createAppStore({ storage: memoryStorage(), episodes: sources, cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task(), later });
}

/** Reads on, taking the option `pick` returns at each choice point, until the story ends. */
function readToEnd(store: AppStore, pick: (texts: string[]) => number) {
  for (let i = 0; i < 5000 && store.getState().scene!.phase !== 'ended'; i++) {
    const scene = store.getState().scene!;
    if (scene.held) fireTimers();
    else if (scene.phase === 'choosing') store.getState().choose(scene.choices[pick(scene.choices.map((c) => c.text))].index, 'key');
    else store.getState().advance();
  }
  expect(store.getState().scene!.phase).toBe('ended');
}

describe('store: the other ending', () => {
  it('episode 4 ended on «pausa»: names «Si riparte dalle persone» and goes back to the last choice, which leads there', async () => {
    const store = makeStore();
    await store.getState().openEpisode('episodio-4');
    readToEnd(store, () => 0);
    expect(store.getState().scene!.ending?.id).toBe('pausa');

    const other = await store.getState().otherEnding();
    expect(other?.ending).toEqual({ id: 'ripartire', name: 'Si riparte dalle persone' });
    store.getState().returnTo(other!.beats);
    const scene = store.getState().scene!;
    expect(scene.phase).toBe('choosing');
    expect(scene.choices.map((c) => c.text)).toEqual(['Prendersi una pausa', 'Ripartire dalle persone']);

    readToEnd(store, (texts) => Math.max(0, texts.indexOf('Ripartire dalle persone')));
    expect(store.getState().scene!.ending?.id).toBe('ripartire');
    expect((await store.getState().otherEnding())?.ending.id).toBe('pausa');
  });

  it('is null before the end', async () => {
    const store = makeStore();
    await store.getState().openEpisode('episodio-4');
    expect(await store.getState().otherEnding()).toBeNull();
  });
});
