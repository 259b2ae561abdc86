import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInkFile, formatMessage } from '../../scripts/ink/compiler';
import { memoryChannels } from '../../src/adapters/channel';
import { memoryStorage, memoryTabs, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys, type StoreDeps } from '../../src/store/deps';
import { compileFixture, FIXTURES_DIR, loadCast } from '../helpers/stories';

const sources = [
  { slug: 'long', tags: ['title: Lungo', 'episode: 2'], load: async () => ({ default: compileFixture('long') }) },
  { slug: 'basic', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: compileFixture('basic') }) },
];

function makeStore(storage: KeyValueStorage = memoryStorage(), more: Partial<StoreDeps> = {}): AppStore {
  return createAppStore({ storage, episodes: sources, cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task(), ...more });
}

/** The fixture's ending `# ending: via: Andarsene senza ascoltare`. */
const VIA = { id: 'via', name: 'Andarsene senza ascoltare' };

const lastText = (store: AppStore) => {
  const last = store.getState().transcript().at(-1)!;
  return 'text' in last ? last.text : '';
};

describe('store: reading an episode', () => {
  it('lists episodes in episode order with their progress', () => {
    expect(makeStore().getState().episodes.map((e) => [e.slug, e.meta.title, e.progress.state])).toEqual([
      ['basic', 'Prova', 'new'],
      ['long', 'Lungo', 'new'],
    ]);
  });

  it('opens on the first line, advances to choices, and a choice shows the line that follows', async () => {
    const store = makeStore();
    await store.getState().openEpisode('basic');
    expect(store.getState().scene).toMatchObject({ phase: 'reading', meta: { title: 'Prova' } });
    expect(lastText(store)).toBe('Lo sapevo è finita la festa');
    store.getState().advance();
    store.getState().advance();
    expect(store.getState().scene).toMatchObject({ phase: 'choosing', choices: [{ text: 'Ascoltare' }, { text: 'Andarsene' }] });
    store.getState().choose(1);
    expect(lastText(store)).toBe('Se ne va.');
    expect(store.getState().scene).toMatchObject({ phase: 'ended', depth: 1 });
    expect(store.getState().episodes.find((e) => e.slug === 'basic')!.progress).toMatchObject({ state: 'finished', endings: [VIA] });
  });

  it('opens in tasks of its own: nothing is read until the page has had its turns, and a second open meanwhile wins', async () => {
    const turns: (() => void)[] = [];
    const store = makeStore(memoryStorage(), { nextTask: () => new Promise<void>((next) => turns.push(next)) });
    const first = store.getState().openEpisode('basic');
    await expect.poll(() => turns.length).toBe(1);
    // The modules are in, the story not yet built: still loading, nothing read.
    expect(store.getState().scene).toMatchObject({ slug: 'basic', phase: 'loading', beats: 0 });
    const second = store.getState().openEpisode('long');
    await expect.poll(() => turns.length).toBe(2);
    turns[0]();
    turns[1]();
    // The second is built and waits for another turn to read its first line; the first has given up.
    await expect.poll(() => turns.length).toBe(3);
    expect(store.getState().scene).toMatchObject({ slug: 'long', phase: 'loading', beats: 0 });
    turns[2]();
    await Promise.all([first, second]);
    expect(turns).toHaveLength(3);
    expect(store.getState().scene).toMatchObject({ slug: 'long', phase: 'choosing', beats: 1 });
    expect(store.getState().transcript()).toHaveLength(1);
  });

  it('steps back to the choice and restarts keeping the endings seen', async () => {
    const store = makeStore();
    await store.getState().openEpisode('basic');
    store.getState().advance();
    store.getState().advance();
    store.getState().choose(1);
    store.getState().back();
    expect(store.getState().scene).toMatchObject({ phase: 'choosing', depth: 0 });
    expect(lastText(store)).toBe('Non dica così.');
    store.getState().restart();
    expect(store.getState().transcript()).toHaveLength(1);
    expect(store.getState().episodes.find((e) => e.slug === 'basic')!.progress.endings).toEqual([VIA]);
  });
});

describe('store: resuming and bad input', () => {
  it('a new store over the same storage resumes on the same line with the same transcript', async () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    await first.getState().openEpisode('long');
    first.getState().choose(0);
    first.getState().advance();
    const transcript = first.getState().transcript();

    const second = makeStore(storage);
    expect(second.getState().episodes.find((e) => e.slug === 'long')!.progress).toMatchObject({ state: 'reading', where: 'Secondo passo del giro 1.' });
    await second.getState().openEpisode('long');
    expect(second.getState().transcript()).toEqual(transcript);
    expect(second.getState().scene!.notice).toBeNull();
  });

  it('a corrupt save is reported, the episode starts over, and other episodes keep their progress', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    await store.getState().openEpisode('basic');
    store.getState().advance();
    const basicSave = storage.read(storageKeys.save('basic'));
    storage.write(storageKeys.save('long'), '{"schema":1,"story":"long","broken');

    await store.getState().openEpisode('long');
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'save-malformed' });
    expect(lastText(store)).toBe('Giro numero 1.');
    expect(storage.read(storageKeys.save('basic'))).toBe(basicSave);
  });

  it('opening from the start ignores the saved place (even a damaged one) and keeps the endings seen', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    await store.getState().openEpisode('basic');
    store.getState().advance();
    store.getState().advance();
    store.getState().choose(1); // ending "via"
    storage.write(storageKeys.save('basic'), '{broken');

    await store.getState().openEpisode('basic', true);
    expect(store.getState().scene).toMatchObject({ notice: null, depth: 0, phase: 'reading' });
    expect(store.getState().transcript()).toHaveLength(1);
    expect(store.getState().episodes.find((e) => e.slug === 'basic')!.progress.endings).toEqual([VIA]);
    // The old place is gone; the new one is saved with the reader's first step.
    expect(storage.read(storageKeys.save('basic'))).toBeNull();
    store.getState().advance();
    expect(JSON.parse(storage.read(storageKeys.save('basic'))!).transcriptLength).toBe(2);
  });

  it('an outdated save says so', async () => {
    const storage = memoryStorage({ [storageKeys.save('long')]: JSON.stringify({ schema: 0, story: 'long' }) });
    const store = makeStore(storage);
    await store.getState().openEpisode('long');
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'save-outdated' });
  });

  it('storage that refuses writes leaves the episode playable and says progress is not kept', async () => {
    const full: KeyValueStorage = { status: 'ok', read: () => null, write: () => ({ ok: false, reason: 'full' }), remove: () => {}, onChange: () => () => {} };
    const store = makeStore(full);
    await store.getState().openEpisode('long');
    store.getState().choose(0);
    expect(lastText(store)).toBe('Secondo passo del giro 1.');
    expect(store.getState().scene!.notice).toMatchObject({ kind: 'storage-full' });
  });

  it('settings persist and unknown stored values fall back to defaults', () => {
    const storage = memoryStorage({ [storageKeys.settings]: JSON.stringify({ theme: 'neon', textScale: 1.25 }) });
    const store = makeStore(storage);
    expect(store.getState().settings).toMatchObject({ theme: 'system', textScale: 1.25 });
    store.getState().updateSettings({ theme: 'dark' });
    expect(makeStore(storage).getState().settings.theme).toBe('dark');
  });

  it('a live edit of the story keeps the reader on the same line when it still exists', async () => {
    const store = makeStore();
    await store.getState().openEpisode('long');
    store.getState().choose(0);
    const edited = compileFixture('long').replace('Secondo passo', 'Secondo passo (rivisto)');
    store.getState().replaceStory('long', edited);
    expect(store.getState().scene!.notice).toBeNull();
    expect(store.getState().transcript()).toHaveLength(3);
    // The line on screen shows its new words, in place.
    expect(store.getState().scene!.page.map((b) => ('text' in b ? b.text : b.kind)).at(-1)).toBe('Secondo passo (rivisto) del giro 1.');
    store.getState().choose(0); // Di nuovo
    store.getState().choose(0); // Avanti
    expect(lastText(store)).toBe('Secondo passo (rivisto) del giro 2.');
  });
});

describe('store: live editing (a recompiled episode arrives while it is open)', () => {
  // Edited versions of a fixture, compiled from a temporary file as the dev server compiles them.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sihv-live-store-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
  let n = 0;
  const edit = (...pairs: [string, string][]) => {
    let ink = fs.readFileSync(path.join(FIXTURES_DIR, 'long.ink'), 'utf8');
    for (const [from, to] of pairs) {
      expect(ink).toContain(from);
      ink = ink.replaceAll(from, to);
    }
    const file = path.join(work, `long-${n++}.ink`);
    fs.writeFileSync(file, ink);
    const { json, messages } = compileInkFile(file);
    if (!json) throw new Error(messages.map(formatMessage).join('\n'));
    return json;
  };
  const texts = (store: AppStore) => store.getState().transcript().map((b) => ('text' in b ? b.text : b.kind));

  it('lines read before and after choices show the new text; steps back, the history and "back to here" keep working', async () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    await store.getState().openEpisode('long');
    store.getState().choose(0); // Avanti
    store.getState().choose(0); // Di nuovo
    store.getState().choose(0); // Avanti
    const before = texts(store);
    const edited = edit(['Giro numero', 'Giro n.']);
    store.getState().replaceStory('long', edited);
    expect(texts(store)).toEqual(before.map((t) => t.replace('Giro numero', 'Giro n.')));
    expect(store.getState().scene).toMatchObject({ depth: 3, phase: 'choosing', notice: null, canStepBack: true });
    // The place in the new story is saved: reopening resumes it with the new words.
    const reopened = createAppStore({
      storage, episodes: [{ slug: 'long', tags: [], load: async () => ({ default: edited }) }], cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task(),
    });
    await reopened.getState().openEpisode('long');
    expect(texts(reopened)).toEqual(texts(store));
    store.getState().backLine();
    expect(lastText(store)).toBe('Giro n. 2.');
    store.getState().back();
    expect(store.getState().scene!.depth).toBe(1);
    store.getState().returnTo(1);
    expect(texts(store)).toEqual(['Giro n. 1.']);
  });

  it('a choice taken away stops at its choice point with one notice saying which; a later good edit clears it', async () => {
    const store = makeStore();
    await store.getState().openEpisode('long');
    store.getState().choose(0); // Avanti
    store.getState().choose(1); // Basta
    expect(store.getState().scene!.phase).toBe('ended');
    store.getState().replaceStory('long', edit(['+ [Basta] -> fine\n', '']));
    const scene = store.getState().scene!;
    expect(scene).toMatchObject({ phase: 'choosing', depth: 1, choices: [{ text: 'Di nuovo' }] });
    expect(scene.notice).toEqual({
      kind: 'story-updated',
      message: "L'episodio è cambiato: la scelta «Basta» non c'è più. Sei al bivio in cui l'avevi fatta, dopo «Secondo passo del giro 1.».",
    });
    // Another edit that stops there too replaces the notice (there is never more than one) …
    store.getState().replaceStory('long', edit(['+ [Basta] -> fine\n', ''], ['Secondo passo', 'Secondo passo, rivisto,']));
    expect(store.getState().scene!.notice?.message).toContain('dopo «Secondo passo, rivisto, del giro 1.»');
    // … and once the choice is back (the reader has not moved meanwhile), the whole reading replays:
    // the notice goes and the reader is back at the end they had reached.
    store.getState().replaceStory('long', edit(['Fine dopo', 'Finito dopo']));
    expect(store.getState().scene).toMatchObject({ notice: null, phase: 'ended', depth: 2 });
    expect(lastText(store)).toBe('Finito dopo 1 giri.');
  });

  it('in a workshop both windows rebuild the same run, and the next choice is logged once', async () => {
    const tab = memoryTabs();
    const channel = memoryChannels();
    const window = () => createAppStore({
      storage: tab(), channel: channel(), episodes: sources, cast: loadCast(), now: () => Date.now(), loadEngine: async () => engine, defer: (task) => task(), later: () => () => {},
    });
    const projector = window();
    const presenter = window();
    await projector.getState().openWorkshop('long', 'projector');
    await presenter.getState().openWorkshop('long', 'presenter');
    presenter.getState().choose(0, 'key'); // Avanti
    presenter.getState().choose(0, 'key'); // Di nuovo
    expect(texts(projector)).toEqual(texts(presenter));
    const edited = edit(['Giro numero', 'Giro n.']);
    presenter.getState().replaceStory('long', edited);
    projector.getState().replaceStory('long', edited);
    expect(texts(projector)).toEqual(texts(presenter));
    expect(texts(presenter).at(-1)).toBe('Giro n. 2.');
    presenter.getState().choose(1, 'key'); // Fermarsi
    expect(texts(projector)).toEqual(texts(presenter));
    expect(lastText(projector)).toBe('Fine dopo 2 giri.');
    const log = presenter.getState().workshopLogs.long.groups.at(-1)!;
    expect(log.choices.map((c) => c.chosen)).toEqual(['Avanti', 'Di nuovo', 'Fermarsi']);
  });
});
