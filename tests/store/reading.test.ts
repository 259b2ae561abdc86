// The rules of reading live in the store, so every view shares them: pauses, the typewriter,
// auto-advance, the grace period of fresh choices, the windowed page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileLongStory } from '../../scripts/bench/long-story';
import { memoryStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { CHOICE_GRACE_MS, PAGE_WINDOW } from '../../src/store/reading';
import { compileFixture, loadCast } from '../helpers/stories';

const sources = [
  { slug: 'pausa', tags: ['title: Pausa', 'episode: 7'], load: async () => ({ default: compileFixture('pause') }) },
  { slug: 'lunga', tags: ['title: Lunga', 'episode: 99'], load: async () => ({ default: compileLongStory(400) }) },
];

function makeStore(storage = memoryStorage()): AppStore {
  return createAppStore({
    storage, episodes: sources, cast: loadCast(), now: () => Date.now(), loadEngine: async () => engine, defer: (task) => task(),
  });
}
const last = (store: AppStore) => {
  const beat = store.getState().scene!.lastLine;
  return beat && 'text' in beat ? beat.text : '';
};

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('reading rules: pauses', () => {
  it('`pause: 2` holds the next line for 2 s; a step asked for meanwhile is queued and taken, once', async () => {
    const store = makeStore();
    await store.getState().openEpisode('pausa');
    store.getState().advance();
    expect(last(store)).toBe('Ho pensato che…');
    expect(store.getState().scene!.held).toBe(true);
    store.getState().advance();
    store.getState().advance(); // held Enter: still one step
    vi.advanceTimersByTime(1900);
    expect(last(store)).toBe('Ho pensato che…');
    vi.advanceTimersByTime(150);
    expect(last(store)).toBe('Che cosa?');
    vi.advanceTimersByTime(5000);
    expect(last(store)).toBe('Che cosa?'); // no auto-advance unless asked
  });

  it('a tag-only line before the choices holds them for its pause, and changes the stage at once', async () => {
    const store = makeStore();
    await store.getState().openEpisode('pausa');
    store.getState().advance();
    vi.advanceTimersByTime(2100);
    store.getState().advance(); // «Che cosa?»
    store.getState().advance(); // «Niente.»
    store.getState().advance(); // the tag-only line: `# pause: 1`, `# pose`
    const scene = () => store.getState().scene!;
    expect(scene().phase).toBe('choosing');
    expect(scene().stage.poses).toMatchObject({ cappotto: 'pensoso' });
    expect(scene().choicesReady).toBe(false);
    vi.advanceTimersByTime(1010);
    expect(scene().choicesReady).toBe(true);
    expect(scene().held).toBe(false);
  });
});

describe('reading rules: typewriter and auto-advance', () => {
  it('the typewriter starts at the first frame; Enter shows the whole line, the next Enter reads on', async () => {
    const store = makeStore();
    store.getState().updateSettings({ reveal: 'typewriter', revealSpeed: 30 });
    await store.getState().openEpisode('pausa');
    expect(store.getState().scene!.reveal).toBeNull(); // the opening page is not typed again
    store.getState().advance();
    const reveal = store.getState().scene!.reveal!;
    expect(reveal).toMatchObject({ id: store.getState().scene!.beats - 1 });
    expect(reveal.duration).toBeCloseTo((15 / 30) * 1000);
    store.getState().advance();
    expect(store.getState().scene!.reveal).toBeNull();
    expect(last(store)).toBe('Ho pensato che…');
  });

  it('auto-advance reads on after time to read, and waits while a dialog is open', async () => {
    const store = makeStore();
    await store.getState().openEpisode('lunga');
    store.getState().updateSettings({ autoAdvance: true });
    const beats = () => store.getState().scene!.beats;
    const start = beats();
    vi.advanceTimersByTime(6000);
    expect(beats()).toBeGreaterThan(start);
    store.getState().setSuspended(true);
    const paused = beats();
    vi.advanceTimersByTime(20000);
    expect(beats()).toBe(paused);
    store.getState().setSuspended(false);
    vi.advanceTimersByTime(6000);
    expect(beats()).toBeGreaterThan(paused);
    store.getState().updateSettings({ autoAdvance: false });
    const stopped = beats();
    vi.advanceTimersByTime(20000);
    expect(beats()).toBe(stopped);
  });
});

describe('reading rules: choices', () => {
  async function atChoices(store: AppStore) {
    await store.getState().openEpisode('pausa');
    store.getState().advance();
    await vi.advanceTimersByTimeAsync(2100);
    for (let i = 0; i < 3; i++) store.getState().advance();
    await vi.advanceTimersByTimeAsync(1010);
    expect(store.getState().scene!.choicesReady).toBe(true);
  }

  it('a tap within the grace period after the choices appear picks nothing; a key picks at once', async () => {
    const store = makeStore();
    await atChoices(store);
    store.getState().choose(0, 'pointer');
    expect(store.getState().scene!.phase).toBe('choosing');
    vi.advanceTimersByTime(CHOICE_GRACE_MS);
    store.getState().choose(1, 'pointer');
    expect(last(store)).toBe('Va bene.');
    store.getState().back();
    store.getState().choose(0, 'key');
    expect(last(store)).toBe('Dica.');
  });

});

describe('the page is windowed and the scene stays small however long the reading', () => {
  it(`draws at most ${PAGE_WINDOW} beats and says how many are in the history`, async () => {
    const store = makeStore();
    await store.getState().openEpisode('lunga');
    for (let i = 0; i < 300; i++) store.getState().advance();
    const scene = store.getState().scene!;
    expect(scene.page.length).toBe(PAGE_WINDOW);
    expect(scene.pageHidden).toBe(scene.beats - PAGE_WINDOW);
    expect(store.getState().transcript()).toHaveLength(scene.beats);
    expect(scene.page.at(-1)).toBe(store.getState().transcript().at(-1));
  });
});

describe('reading rules: a choice key during the pause before the choices', () => {
  it('is kept and taken when the pause ends (a tap is not)', async () => {
    const store = makeStore();
    await store.getState().openEpisode('pausa');
    store.getState().advance();
    vi.advanceTimersByTime(2100);
    for (let i = 0; i < 3; i++) store.getState().advance(); // to the tag-only line that holds the choices 1 s
    expect(store.getState().scene!.choicesReady).toBe(false);
    store.getState().choose(0, 'pointer');
    vi.advanceTimersByTime(1010);
    expect(store.getState().scene!.phase).toBe('choosing');
    expect(store.getState().scene!.depth).toBe(0); // the tap chose nothing
    store.getState().backLine(); // «Niente.» goes: two steps bring it and the held choices again
    store.getState().advance();
    store.getState().advance();
    expect(store.getState().scene!.choicesReady).toBe(false);
    store.getState().choose(1, 'key');
    expect(store.getState().scene!.phase).toBe('choosing');
    vi.advanceTimersByTime(1010);
    expect(last(store)).toBe('Va bene.');
  });
});
