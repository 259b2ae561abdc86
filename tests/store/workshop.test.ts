// Workshop mode in the store: two windows, one run, synced by state over a channel.
import { describe, expect, it } from 'vitest';
import { memoryChannels } from '../../src/adapters/channel';
import { memoryTabs, type KeyValueStorage } from '../../src/adapters/storage';
import type { SyncChannel } from '../../src/adapters/channel';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { compileEpisode, compileFixture, loadCast } from '../helpers/stories';

const sources = [
  { slug: 'basic', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: compileFixture('basic') }) },
  { slug: 'episodio-4', tags: ['title: Ho bisogno di una pausa…', 'episode: 4'], load: async () => ({ default: compileEpisode('episodio-4') }) },
];
/** One window's store. No timers run (no heartbeat); with `leap`, time leaps on so no pause holds a step. */
const make = (storage: KeyValueStorage, channel: SyncChannel, leap = false): AppStore => {
  let t = 0;
  return createAppStore({
    storage, channel, episodes: sources, cast: loadCast(), now: () => Date.now(), loadEngine: async () => engine, defer: (task) => task(),
    later: () => () => {},
    clock: leap ? () => (t += 1e7) : undefined,
  });
};
const text = (store: AppStore) => store.getState().transcript().map((b) => ('text' in b ? b.text : b.kind));

async function room(slug = 'basic', leap = false) {
  const tab = memoryTabs();
  const channel = memoryChannels();
  const projector = make(tab(), channel(), leap);
  const presenter = make(tab(), channel(), leap);
  await projector.getState().openWorkshop(slug, 'projector');
  await presenter.getState().openWorkshop(slug, 'presenter');
  return { tab, channel, projector, presenter };
}

describe('workshop: two windows, one run', () => {
  it("either window's steps, choices and steps back show in the other at once", async () => {
    const { projector, presenter } = await room();
    presenter.getState().advance();
    expect(text(projector)).toEqual(text(presenter));
    projector.getState().advance();
    presenter.getState().choose(0, 'key');
    expect(text(projector)).toEqual(text(presenter));
    expect(projector.getState().scene!.phase).toBe(presenter.getState().scene!.phase);
    projector.getState().backLine();
    expect(text(presenter)).toEqual(text(projector));
    presenter.getState().back();
    expect(projector.getState().scene).toMatchObject({ phase: 'choosing', depth: 0 });
  });

  it('blackout and a prompt shown to the room are shared', async () => {
    const { projector, presenter } = await room();
    presenter.getState().setBlackout(true);
    expect(projector.getState().workshop!.blackout).toBe(true);
    presenter.getState().showPrompt('Che ne pensate?', 60);
    expect(projector.getState().workshop!.prompt).toMatchObject({ text: 'Che ne pensate?', seconds: 60 });
    projector.getState().hidePrompt();
    expect(presenter.getState().workshop!.prompt).toBeNull();
  });

  it('a window opened late or reloaded asks and gets the run', async () => {
    const { tab, channel, projector } = await room();
    projector.getState().advance();
    projector.getState().advance();
    const late = make(tab(), channel());
    await late.getState().openWorkshop('basic', 'presenter');
    expect(text(late)).toEqual(text(projector));
    expect(late.getState().workshop!.connected).toBe(true);
  });

  it('with the clicker: Page Down points through the options, holding it chooses the pointed one', async () => {
    const { projector, presenter } = await room();
    presenter.getState().advance();
    presenter.getState().advance();
    expect(projector.getState().scene!.phase).toBe('choosing');
    projector.getState().point(1);
    projector.getState().point(1);
    expect(presenter.getState().workshop!.pointed).toBe(1);
    presenter.getState().choosePointed();
    expect(text(projector)).toContain('Andarsene');
    expect(projector.getState().workshop!.pointed).toBeNull();
  });

  it('the next group starts over without touching the reading save, and the group number goes up in both', async () => {
    const tab = memoryTabs();
    const reader = make(tab(), memoryChannels()());
    await reader.getState().openEpisode('basic');
    reader.getState().advance();
    reader.getState().closeEpisode();
    const storage = tab();
    const readingSave = storage.read(storageKeys.save('basic'));
    expect(readingSave).not.toBeNull();
    const channel = memoryChannels();
    const projector = make(tab(), channel());
    const presenter = make(tab(), channel());
    await projector.getState().openWorkshop('basic', 'projector');
    await presenter.getState().openWorkshop('basic', 'presenter');
    expect(text(projector)).toHaveLength(1); // the workshop starts at the beginning, not at the reader's place
    presenter.getState().advance();
    presenter.getState().nextGroup();
    expect(projector.getState().workshop!.group).toBe(2);
    expect(text(projector)).toHaveLength(1);
    expect(storage.read(storageKeys.save('basic'))).toBe(readingSave);
  });
});

describe('workshop: sections, groups and hands', () => {
  // It explores episode 4's sections (about a second alone): room for a machine busy with other tests.
  it('jumps forward along a reader’s route (choices recorded) and back by rewinding; the other window follows', { timeout: 20_000 }, async () => {
    const { projector, presenter } = await room('episodio-4', true);
    const sections = await presenter.getState().sections();
    expect(sections.length).toBeGreaterThanOrEqual(6);
    const late = sections.at(-2)!;
    await presenter.getState().jumpToSection(late.name);
    expect(presenter.getState().scene!.stage.section).toBe(late.name);
    expect(presenter.getState().scene!.depth).toBe(late.route.length);
    expect(projector.getState().scene!.stage.section).toBe(late.name);
    await projector.getState().jumpToSection(sections[1].name);
    expect(presenter.getState().scene!.stage.section).toBe(sections[1].name);
    expect(presenter.getState().scene!.depth).toBe(sections[1].route.length);
  });

  it('logs each group: choices with the show of hands, sections, prompts; the next group is a new entry', async () => {
    const { projector, presenter } = await room('episodio-4', true);
    const p = presenter.getState;
    while (p().scene!.phase === 'reading') p().advance();
    const offered = p().scene!.choices.map((c) => c.text);
    p().chooseWithHands(p().scene!.choices[1].index, { [offered[0]]: 4, [offered[1]]: 9 });
    expect(p().scene!.depth).toBe(1);
    expect(projector.getState().workshop!.hands).toMatchObject({ chosen: offered[1], options: [{ count: 4 }, { count: 9 }] });
    p().showPrompt('Che ne pensate?', null);
    p().nextGroup();
    const log = projector.getState().workshopLogs['episodio-4'];
    expect(log.groups).toHaveLength(2);
    expect(log.groups[0].choices[0]).toMatchObject({ chosen: offered[1], options: offered, hands: { [offered[0]]: 4, [offered[1]]: 9 } });
    expect(log.groups[0].prompts[0]).toMatchObject({ text: 'Che ne pensate?' });
    expect(log.groups[0].sections.length).toBeGreaterThan(0);
    expect(projector.getState().workshop!.group).toBe(2);
  });
});
