import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StoreDeps } from './deps';
import { createLibrarySlice, type LibrarySlice } from './library';
import { createOpenedSlice, type OpenedSlice } from './opened';
import { createPlayerSlice, type PlayerSlice } from './player';
import { createSettingsSlice, type SettingsSlice } from './settings';
import { createWorkshopSlice, type WorkshopSlice } from './workshop';
import { createWorkshopLogSlice, type WorkshopLogSlice } from './workshop-log';

export type AppState = LibrarySlice & PlayerSlice & SettingsSlice & WorkshopSlice & WorkshopLogSlice & OpenedSlice;
export type AppStore = StoreApi<AppState>;

/** One store in slices; `deps` carries every side effect so tests can run it in memory. */
export function createAppStore(deps: StoreDeps): AppStore {
  const store = createStore<AppState>()((...a) => ({
    ...createLibrarySlice(deps)(...a),
    ...createPlayerSlice(deps)(...a),
    ...createSettingsSlice(deps)(...a),
    ...createWorkshopSlice(deps)(...a),
    ...createWorkshopLogSlice(deps)(...a),
    ...createOpenedSlice(deps)(...a),
  }));
  store.subscribe((now, before) => {
    if (now.settings !== before.settings) now.settingsChanged();
  });
  return store;
}

export type { StoreDeps, EpisodeSource } from './deps';
export type { EpisodeCard, Progress } from './library';
export type { Notice, NoticeKind, Reveal, SceneState } from './player';
export type { Settings } from './settings';
export type { WorkshopRole, WorkshopState } from './workshop';
export type { ChoiceEntry, Group, WorkshopLog } from './workshop-log';
