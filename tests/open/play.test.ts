// Stories from elsewhere, opened through the store and played in the same player as the episodes: no
// cast, Inky's tags, saves keyed by the story's fingerprint.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import type { Beat } from '../../src/engine/types';
import { compileInk } from '../../src/open/compile-ink';
import { readPicked } from '../../src/open/read-story';
import { createAppStore, type AppStore } from '../../src/store';
import { loadCast } from '../helpers/stories';

const FIXTURES = path.resolve(__dirname, '../fixtures/open');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function compile(...names: string[]): string {
  const { json, messages } = compileInk(names.map((name) => ({ name, text: read(name) })));
  if (!json) throw new Error(messages.map((m) => `${m.file}:${m.line}: ${m.text}`).join('\n'));
  return json;
}

function makeStore(storage: KeyValueStorage = memoryStorage()): AppStore {
  // Our cast is the store's: a story from elsewhere must not borrow it.
  return createAppStore({ storage, episodes: [], cast: loadCast(), now: () => 1000, loadEngine: async () => engine, defer: (task) => task() });
}

async function openFile(store: AppStore, name: string, json: string) {
  const story = store.getState().openStoryFile(name, json);
  await store.getState().openEpisode(story.id);
  return story;
}

const scene = (store: AppStore) => store.getState().scene!;
const lastText = (store: AppStore) => {
  const line = scene(store).lastLine;
  return line && line.kind !== 'direction' ? line.text : null;
};
const choices = (store: AppStore) => scene(store).choices.map((c) => c.text);
const pick = (store: AppStore, text: string) => {
  const choice = scene(store).choices.find((c) => c.text === text);
  if (!choice) throw new Error(`no choice «${text}» in ${JSON.stringify(choices(store))}`);
  store.getState().choose(choice.index);
};
const readToChoice = (store: AppStore) => {
  for (let i = 0; i < 50 && scene(store).phase === 'reading'; i++) store.getState().advance();
};
const spoken = (beats: Beat[]) => beats.flatMap((b) => (b.kind === 'speech' || b.kind === 'narration' ? [b] : []));

describe('a story from elsewhere in the player', () => {
  it('plays an Inky story: glue, threads, tunnels, functions, CLEAR, markup kept for the view, no speakers', async () => {
    const store = makeStore();
    const story = await openFile(store, 'la-stazione.ink', compile('la-stazione.ink'));
    expect(story.id).toMatch(/^apri-[0-9a-f]{16}$/);
    expect(scene(store)).toMatchObject({ slug: story.id, phase: 'reading', meta: { title: 'La stazione', author: 'Marta Rossi' } });
    // `Nota:` and `nota:` are not speakers: the whole line is narration, the colon included.
    expect(scene(store).lastLine).toMatchObject({ kind: 'narration', text: 'Nota: il treno delle 7:45 è in ritardo.', classes: ['avviso'] });
    store.getState().advance();
    expect(lastText(store)).toBe('Il tabellone dice <i>soppresso</i>, poi <b>in arrivo</b>.');
    store.getState().advance();
    expect(scene(store).lastLine).toMatchObject({ kind: 'narration', text: 'nota: questa riga ha i due punti ma non è un personaggio.' });
    store.getState().advance();
    expect(lastText(store)).toBe('Sei alla stazione di Bologna Centrale.'); // glue
    expect(scene(store).phase).toBe('choosing');
    expect(choices(store)).toEqual(['Guarda i giornali', 'Compra un biglietto', 'Aspetta sulla panchina.']); // the thread's choice too

    pick(store, 'Compra un biglietto');
    expect(lastText(store)).toBe("L'impiegato ti guarda: \"Dove va?\""); // into the tunnel
    store.getState().advance();
    expect(lastText(store)).toBe('Hai un biglietto in tasca.'); // back from it, through the function
    store.getState().advance();
    // `# CLEAR`: a new page begins with the platform.
    expect(scene(store).page.map((b) => (b.kind === 'choice' ? b.text : b.kind === 'direction' ? '' : b.text))).toEqual(['Binario 3. Pazienza rimasta: 3.']);
    expect(choices(store)).toEqual(['Sali sul primo treno', "Torna all'inizio"]);
    expect(spoken(store.getState().transcript()).every((b) => b.kind === 'narration')).toBe(true);

    // Rewind and history work as for an episode.
    store.getState().back();
    expect(choices(store)).toContain('Compra un biglietto');
    pick(store, 'Compra un biglietto');
    readToChoice(store);
    pick(store, 'Sali sul primo treno');
    readToChoice(store);
    expect(lastText(store)).toBe('<strong>Fine.</strong>');
    expect(scene(store)).toMatchObject({ phase: 'ended', error: null });
  });

  it("Inky's # RESTART starts the story over from its first line; the tagged line is not shown", async () => {
    const store = makeStore();
    await openFile(store, 'la-stazione.ink', compile('la-stazione.ink'));
    readToChoice(store);
    pick(store, 'Aspetta sulla panchina.');
    readToChoice(store);
    expect(choices(store)).toContain("Torna all'inizio");
    pick(store, "Torna all'inizio");
    expect(scene(store)).toMatchObject({ phase: 'reading', beats: 1, depth: 0, lastLine: { text: 'Nota: il treno delle 7:45 è in ritardo.' } });
    expect(store.getState().transcript().some((b) => b.kind !== 'choice' && b.kind !== 'direction' && b.text.includes('Ricominci'))).toBe(false);
    // The story's variables start over too: the bench has not cost any patience this time.
    readToChoice(store);
    pick(store, 'Aspetta sulla panchina.');
    readToChoice(store);
    expect(lastText(store)).toBe('Binario 3. Pazienza rimasta: 2.');
  });

  it('LIST, an EXTERNAL with its ink fallback; a branch that runs out of content stops on the error panel', async () => {
    const store = makeStore();
    await openFile(store, 'il-faro.ink', compile('il-faro.ink'));
    expect(lastText(store)).toBe('Il faro è spenta.');
    store.getState().advance();
    expect(lastText(store)).toBe('Il dado dice 4.');
    pick(store, 'Accendi la lanterna');
    expect(lastText(store)).toBe('Ora il faro è accesa. La luce gira.');
    store.getState().advance();
    expect(lastText(store)).toBe('Poi diventa lampeggiante.');
    store.getState().advance();
    expect(scene(store)).toMatchObject({ phase: 'ended', error: null });
    store.getState().back();
    pick(store, 'Scendi al porto');
    // Running out of content is an ink runtime error (Inky's preview says so too), met while reading
    // that very line: the error panel, with the line kept and the way back to the last choice.
    expect(scene(store)).toMatchObject({ phase: 'failed', error: expect.stringContaining('ran out of content'), depth: 1 });
    expect(lastText(store)).toBe("Al porto non c'è nessuno.");
    store.getState().back();
    expect(scene(store)).toMatchObject({ phase: 'choosing', error: null });
  });

  it("an Inky web export's story.js plays the same story", async () => {
    const picked = readPicked([{ name: 'il-faro.js', text: read('il-faro.js') }]);
    if (picked.kind !== 'json') throw new Error(JSON.stringify(picked));
    const store = makeStore();
    await openFile(store, 'il-faro.js', picked.json);
    expect(scene(store).meta.title).toBe('Il faro');
    expect(lastText(store)).toBe('Il faro è spenta.');
  });

  it('INCLUDEs resolve among the files picked together; one missing is named with file:line', () => {
    expect(compileInk([{ name: 'secondo.ink', text: read('secondo.ink') }, { name: 'principale.ink', text: read('principale.ink') }]).json).toContain('Dal secondo file');
    const alone = compileInk([{ name: 'principale.ink', text: read('principale.ink') }]);
    expect(alone.json).toBeNull();
    expect(alone.messages).toEqual([
      expect.objectContaining({ severity: 'error', file: 'principale.ink', line: 2, text: expect.stringContaining('manca il file «capitoli/secondo.ink»') }),
    ]);
    const broken = compileInk([{ name: 'rotto.ink', text: read('rotto.ink') }]);
    expect(broken.messages[0]).toMatchObject({ severity: 'error', file: 'rotto.ink', line: 7 });
  });

  it('reopening the same story resumes; a changed file starts afresh and says so', async () => {
    const storage = memoryStorage();
    const json = compile('la-stazione.ink');
    const first = makeStore(storage);
    await openFile(first, 'la-stazione.ink', json);
    readToChoice(first);
    pick(first, 'Compra un biglietto');
    first.getState().flushSave();
    const beats = scene(first).beats;

    const again = makeStore(storage);
    await openFile(again, 'la-stazione.ink', json);
    expect(scene(again)).toMatchObject({ beats, depth: 1, notice: null });
    expect(lastText(again)).toBe("L'impiegato ti guarda: \"Dove va?\"");
    // Nothing is recorded as an episode's progress.
    expect(again.getState().episodes).toEqual([]);

    const changed = compileInk([{ name: 'la-stazione.ink', text: read('la-stazione.ink').replace('Binario 3', 'Binario 4') }]).json!;
    const later = makeStore(storage);
    await openFile(later, 'la-stazione.ink', changed);
    expect(scene(later)).toMatchObject({ beats: 1, depth: 0, notice: { kind: 'save-story-changed' } });
  });
});
