import type { StateCreator } from 'zustand';
import { storageKeys, type StoreDeps } from './deps';
import type { AppState } from './index';
import { readStored, REVEAL_SPEEDS, SettingsSchema, TEXT_SCALES, type Settings } from './schemas';

export type { Settings };
export { REVEAL_SPEEDS, TEXT_SCALES };

export const defaultSettings: Settings = readStored(SettingsSchema, null);

export interface SettingsSlice {
  settings: Settings;
  updateSettings: (patch: Partial<Settings>) => void;
}

/** Reads stored settings, keeping only values we understand (anything else falls back to defaults). */
export const readSettings = (raw: string | null): Settings => readStored(SettingsSchema, raw);

export const createSettingsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SettingsSlice> =>
  (set, get) => ({
    settings: readSettings(deps.storage.read(storageKeys.settings)),
    updateSettings: (patch) => {
      const settings = { ...get().settings, ...patch };
      set({ settings });
      deps.storage.write(storageKeys.settings, JSON.stringify(settings));
    },
  });
