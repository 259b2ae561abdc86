import { describe, expect, it } from 'vitest';
import { memoryStorage, memoryTabs, type KeyValueStorage } from '../../src/adapters/storage';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { groupDuration, readWorkshopLog, sectionTimes, type Group } from '../../src/store/workshop-log';
import { loadCast } from '../helpers/stories';

const SLUG = 'episodio-4';
const sources = [{ slug: SLUG, tags: ['title: Prova', 'episode: 4'], load: async () => ({ default: '{}' }) }];
const cast = loadCast();

function makeStore(storage: KeyValueStorage = memoryStorage(), clock = { t: 1_000 }): AppStore {
  return createAppStore({ storage, episodes: sources, cast, now: () => clock.t, loadEngine: async () => engine, defer: (task) => task() });
}

const OPTIONS = ['Ascoltare', 'Andarsene, subito'];
const MIN = 60_000;

describe('store: the workshop log', () => {
  it('starts groups in turn, ending the previous one, and keeps them across a reload', () => {
    const storage = memoryStorage();
    const clock = { t: 10 * MIN };
    const store = makeStore(storage, clock);
    expect(store.getState().workshopLogs[SLUG]).toEqual({ groups: [], problem: null, stored: true });

    const first = store.getState().startGroup(SLUG);
    expect(first).toMatchObject({ number: 1, startedAt: 10 * MIN });
    store.getState().logSection(SLUG, 'Apertura', 10 * MIN);
    clock.t = 12 * MIN;
    expect(store.getState().logChoice(SLUG, { options: OPTIONS, chosen: 'Ascoltare', point: 'incontro.0' })).toBe(0);
    expect(store.getState().logHands(SLUG, 0, { Ascoltare: 7, 'Andarsene, subito': 2.4, Altro: 3, Mai: -1 } as Record<string, number>)).toBe(true);
    store.getState().logSection(SLUG, 'Il negozio', 13 * MIN);
    store.getState().logPrompt(SLUG, 'Chi di voi usa ancora Facebook?', 14 * MIN, 90);

    const second = store.getState().startGroup(SLUG, 30 * MIN);
    expect(second.number).toBe(2);
    const [g1] = store.getState().workshopLogs[SLUG].groups;
    expect(g1).toMatchObject({
      endedAt: 30 * MIN,
      choices: [{ at: 12 * MIN, section: 'Apertura', options: OPTIONS, chosen: 'Ascoltare', point: 'incontro.0', hands: { Ascoltare: 7, 'Andarsene, subito': 2 } }],
      sections: [
        { name: 'Apertura', enteredAt: 10 * MIN, leftAt: 13 * MIN },
        { name: 'Il negozio', enteredAt: 13 * MIN, leftAt: 30 * MIN },
      ],
      prompts: [{ text: 'Chi di voi usa ancora Facebook?', shownAt: 14 * MIN, seconds: 90 }],
    });
    expect(g1.choices[0].hands).not.toHaveProperty('Altro');

    const again = makeStore(storage).getState().workshopLogs[SLUG];
    expect(again.problem).toBeNull();
    expect(again.groups).toEqual(store.getState().workshopLogs[SLUG].groups);
    expect(JSON.parse(storage.read(storageKeys.workshopLog(SLUG))!)).toMatchObject({ version: 1, groups: [{ number: 1 }, { number: 2 }] });
  });

  it('a choice, section or prompt with no group running starts group 1; endGroup closes the last one', () => {
    const store = makeStore(memoryStorage(), { t: 5_000 });
    store.getState().logChoice(SLUG, { options: OPTIONS, chosen: 'Andarsene, subito' });
    expect(store.getState().workshopLogs[SLUG].groups).toMatchObject([{ number: 1, startedAt: 5_000, choices: [{ section: null, at: 5_000 }] }]);
    expect(store.getState().endGroup(SLUG, 9_000)).toBe(true);
    expect(store.getState().endGroup(SLUG, 9_500)).toBe(false);
    store.getState().logPrompt(SLUG, 'Domanda', 10_000);
    expect(store.getState().workshopLogs[SLUG].groups.map((g) => [g.number, g.endedAt])).toEqual([
      [1, 9_000],
      [2, undefined],
    ]);
    expect(store.getState().logHands(SLUG, 0, { Ascoltare: 1 })).toBe(false); // group 2 made no choice
  });

  it('the same section twice in a row is one stay; hands can be corrected or removed', () => {
    const store = makeStore();
    store.getState().startGroup(SLUG, 0);
    store.getState().logSection(SLUG, 'A', 0);
    store.getState().logSection(SLUG, 'A', 5);
    store.getState().logChoice(SLUG, { options: OPTIONS, chosen: 'Ascoltare', at: 6, hands: { Ascoltare: 4 } });
    store.getState().logHands(SLUG, 0, { Ascoltare: 5, 'Andarsene, subito': 1 });
    let [g] = store.getState().workshopLogs[SLUG].groups;
    expect(g.sections).toEqual([{ name: 'A', enteredAt: 0 }]);
    expect(g.choices[0]).toMatchObject({ section: 'A', hands: { Ascoltare: 5, 'Andarsene, subito': 1 } });
    store.getState().logHands(SLUG, 0, {});
    [g] = store.getState().workshopLogs[SLUG].groups;
    expect(g.choices[0]).not.toHaveProperty('hands');
  });

  it('time per section adds up the returns to a section; an open section counts to the last thing logged', () => {
    const group: Group = {
      id: 'g1',
      number: 1,
      startedAt: 0,
      choices: [{ at: 50 * MIN, section: 'B', options: OPTIONS, chosen: 'Ascoltare' }],
      sections: [
        { name: 'A', enteredAt: 0, leftAt: 10 * MIN },
        { name: 'B', enteredAt: 10 * MIN, leftAt: 25 * MIN },
        { name: 'A', enteredAt: 25 * MIN, leftAt: 30 * MIN },
        { name: 'C', enteredAt: 30 * MIN },
      ],
      prompts: [{ text: 'Domanda', shownAt: 40 * MIN }],
    };
    expect(sectionTimes(group)).toEqual([
      { name: 'A', ms: 15 * MIN, open: false },
      { name: 'B', ms: 15 * MIN, open: false },
      { name: 'C', ms: 20 * MIN, open: true },
    ]);
    expect(groupDuration(group)).toBe(50 * MIN);
    const ended = { ...group, endedAt: 60 * MIN };
    expect(sectionTimes(ended).at(-1)).toEqual({ name: 'C', ms: 30 * MIN, open: false });
    expect(groupDuration(ended)).toBe(60 * MIN);
  });

  it('a damaged log reads as empty with a flag, is set aside whole at the next write, and clearLog forgets it', () => {
    for (const raw of ['{not json', '[]', 'null', JSON.stringify({ version: 1, groups: [{ id: 'x', number: 0 }] }), JSON.stringify({ version: 1, groups: 'tutti' })]) {
      expect(readWorkshopLog(raw)).toEqual({ groups: [], problem: 'damaged', stored: true });
    }
    expect(readWorkshopLog(JSON.stringify({ version: 2, groups: [] })).problem).toBe('newer');

    const damaged = '{"version":1,"groups":[{"id":"g1","number":1,"startedAt":"ieri"}]}';
    const storage = memoryStorage({ [storageKeys.workshopLog(SLUG)]: damaged });
    const store = makeStore(storage);
    expect(store.getState().workshopLogs[SLUG]).toMatchObject({ groups: [], problem: 'damaged' });
    store.getState().startGroup(SLUG, 100);
    expect(storage.read(storageKeys.workshopLogAside(SLUG))).toBe(damaged);
    expect(store.getState().workshopLogs[SLUG]).toMatchObject({ groups: [{ number: 1 }], problem: 'set-aside' });
    // After a reload the new log reads fine and the copy set aside is still mentioned.
    expect(makeStore(storage).getState().workshopLogs[SLUG]).toMatchObject({ groups: [{ number: 1 }], problem: 'set-aside' });
    store.getState().clearLog(SLUG);
    expect(store.getState().workshopLogs[SLUG]).toEqual({ groups: [], problem: null, stored: true });
    expect(storage.read(storageKeys.workshopLog(SLUG))).toBeNull();
    expect(storage.read(storageKeys.workshopLogAside(SLUG))).toBeNull();
  });

  it('a write that fails keeps the log in the page and says so', () => {
    const storage = memoryStorage();
    const full: KeyValueStorage = { ...storage, status: 'full', write: () => ({ ok: false, reason: 'full' }) };
    const store = makeStore(full);
    store.getState().startGroup(SLUG, 1);
    expect(store.getState().workshopLogs[SLUG]).toMatchObject({ groups: [{ number: 1 }], stored: false });
  });

  it('follows a log written by another tab (the presenter), so this tab never writes an old copy', () => {
    const tab = memoryTabs();
    const presenter = makeStore(tab());
    const groupsView = makeStore(tab());
    presenter.getState().startGroup(SLUG, 1);
    presenter.getState().logChoice(SLUG, { options: OPTIONS, chosen: 'Ascoltare', at: 2 });
    expect(groupsView.getState().workshopLogs[SLUG].groups).toMatchObject([{ number: 1, choices: [{ chosen: 'Ascoltare' }] }]);
    groupsView.getState().startGroup(SLUG, 3);
    expect(presenter.getState().workshopLogs[SLUG].groups.map((g) => g.number)).toEqual([1, 2]);
  });
});
