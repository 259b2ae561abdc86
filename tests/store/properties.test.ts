// Property-based tests (fast-check): whatever comes out of storage, the loader answers with a typed
// result and never throws; random readings with random steps back, reloads and reloads in the middle
// of a step always continue exactly where they were.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryStorage, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { checkSave, isSaveError } from '../../src/engine/save';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { readSave } from '../../src/store/saves';
import { compileEpisode, episodeSlugs, loadCast } from '../helpers/stories';

const cast = loadCast();
const slugs = episodeSlugs();
const sources = slugs.map((slug) => ({ slug, tags: [], load: async () => ({ default: compileEpisode(slug) }) }));

/** A store whose idle saves run only when `idle()` is called (a reload before that loses the step, as in a browser). */
function storeOver(storage: KeyValueStorage) {
  const queue: (() => void)[] = [];
  const store = createAppStore({
    storage, episodes: sources, cast, now: () => 1, loadEngine: async () => engine,
    defer: (task) => void queue.push(task),
    // Pauses and auto-advance are not what is tested here: time leaps on, and nothing runs by itself.
    clock: (() => {
      let t = 0;
      return () => (t += 1e7);
    })(),
    later: () => () => {},
  });
  return { store, idle: () => queue.splice(0).forEach((task) => task()) };
}

/** What a reader sees and can do: equal views mean the reading continues identically. */
const view = (store: AppStore) => {
  const s = store.getState().scene!;
  return { transcript: store.getState().transcript(), phase: s.phase, choices: s.choices, depth: s.depth, stage: s.stage, canStepBack: s.canStepBack };
};

type Action = { type: 'next' } | { type: 'choose'; pick: number } | { type: 'back' } | { type: 'backLine' } | { type: 'reload' } | { type: 'crash' };
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 4, arbitrary: fc.nat(8).map((pick) => ({ type: 'choose' as const, pick })) },
  { weight: 1, arbitrary: fc.constant({ type: 'back' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'backLine' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'reload' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'crash' as const }) },
);

function apply(store: AppStore, a: Action) {
  const s = store.getState();
  if (a.type === 'next') s.advance();
  else if (a.type === 'choose') {
    const choices = s.scene!.choices;
    if (choices.length) s.choose(choices[a.pick % choices.length].index, 'key');
  } else if (a.type === 'back') s.back();
  else if (a.type === 'backLine') s.backLine();
}

describe('the loader never throws and always answers with a type', () => {
  it('arbitrary JSON as a save', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const checked = checkSave(value, 'x');
        expect(isSaveError(checked) ? checked.kind : 'ok').toMatch(/^(malformed|outdated|newer|other-story|story-changed)$/);
        const resumed = engine.StoryRun.resume(compileEpisode(slugs[0]), cast, slugs[0], JSON.stringify(value));
        expect(typeof resumed.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('real saves with random damage: resume answers ok or a typed error, and an ok run can read on and step back', () => {
    const slug = slugs.includes('episodio-4') ? 'episodio-4' : slugs[0];
    const run = engine.StoryRun.start(compileEpisode(slug), cast, slug);
    for (let i = 0; i < 3 && run.status !== 'ended'; i++) {
      run.readAll();
      if (run.status === 'choose') run.choose(run.choices[0].index);
    }
    const real = JSON.parse(JSON.stringify(run.save(1))) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (path.length) paths.push(path);
      if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, Array.isArray(node) ? Number(k) : k]);
    };
    walk(real, []);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.option(fc.jsonValue(), { nil: undefined }), (at, replacement) => {
        const save = structuredClone(real);
        const path = paths[at];
        let parent: Record<string | number, unknown> = save;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        if (replacement === undefined) delete parent[path.at(-1)!];
        else parent[path.at(-1)!] = replacement;
        const resumed = engine.StoryRun.resume(compileEpisode(slug), cast, slug, save);
        if (!resumed.ok) return;
        expect(() => {
          resumed.run.next();
          resumed.run.backLine();
          resumed.run.back();
        }).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('random strings under a save key never stop an episode from opening', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (head, chunk) => {
        const storage = memoryStorage({ [storageKeys.save(slugs[0])]: head, [`${storageKeys.saveChunk(slugs[0], 0)}.x`]: chunk });
        expect(() => readSave(storage, slugs[0])).not.toThrow();
        const { store } = storeOver(storage);
        await store.getState().openEpisode(slugs[0]);
        expect(store.getState().scene!.phase).not.toBe('loading');
        expect(store.getState().scene!.phase).not.toBe('failed');
      }),
      { numRuns: 100 },
    );
  });
});

describe.each(slugs)('random readings of %s continue exactly where they were', (slug) => {
  it('with steps back, reloads, and reloads in the middle of a step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(action, fc.boolean()), { minLength: 10, maxLength: 70 }), async (actions) => {
        const storage = memoryStorage();
        let tab = storeOver(storage);
        await tab.store.getState().openEpisode(slug);
        // A reference that never reloads: every view after a reload must equal it.
        let reference = storeOver(memoryStorage());
        await reference.store.getState().openEpisode(slug);
        let saved = view(tab.store);
        for (const [a, idle] of actions) {
          if (a.type === 'reload' || a.type === 'crash') {
            if (a.type === 'reload') {
              tab.store.getState().flushSave(); // the page is hidden: the pending save is written
              saved = view(tab.store);
            }
            tab = storeOver(storage);
            await tab.store.getState().openEpisode(slug);
            const now = view(tab.store);
            if (a.type === 'reload') expect(now).toEqual(view(reference.store));
            else {
              // Closed before the idle save: the place of the last save, whole.
              expect(now.transcript).toEqual(saved.transcript);
              expect(now.phase).toBe(saved.phase);
              // From here the reference walks on from the same saved place, in a store of its own.
              reference = storeOver(memoryStorage(Object.fromEntries(storage.data)));
              await reference.store.getState().openEpisode(slug);
            }
            continue;
          }
          apply(tab.store, a);
          apply(reference.store, a);
          if (idle) {
            tab.idle();
            saved = view(tab.store);
          }
          expect(view(tab.store)).toEqual(view(reference.store));
        }
      }),
      { numRuns: 25 },
    );
  });
});
