// Workshop mode in the store: two windows, one run, synced by state over a channel.
import { describe, expect, it } from 'vitest';
import { memoryChannels } from '../../src/adapters/channel';
import { memoryTabs, type KeyValueStorage } from '../../src/adapters/storage';
import type { SyncChannel } from '../../src/adapters/channel';
import * as engine from '../../src/engine/run';
import { createAppStore, type AppStore } from '../../src/store';
import { storageKeys } from '../../src/store/deps';
import { compileFixture, loadCast } from '../helpers/stories';

const sources = [{ slug: 'basic', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: compileFixture('basic') }) }];
const make = (storage: KeyValueStorage, channel: SyncChannel): AppStore =>
  createAppStore({
    storage, channel, episodes: sources, cast: loadCast(), now: () => Date.now(), loadEngine: async () => engine, defer: (task) => task(),
    later: () => () => {}, // no heartbeat in these tests
  });
const text = (store: AppStore) => store.getState().transcript().map((b) => ('text' in b ? b.text : b.kind));

async function room() {
  const tab = memoryTabs();
  const channel = memoryChannels();
  const projector = make(tab(), channel());
  const presenter = make(tab(), channel());
  await projector.getState().openWorkshop('basic', 'projector');
  await presenter.getState().openWorkshop('basic', 'presenter');
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
