import type { StateCreator } from 'zustand';
import { storageKeys, type StoreDeps } from './deps';
import type { AppState } from './index';

export interface Settings {
  /** Reading text scale: 1 is the default size. */
  textScale: number;
  theme: 'light' | 'dark' | 'system';
  motion: 'full' | 'reduced' | 'system';
  reveal: 'instant' | 'typewriter';
  /** Typewriter speed in characters per second. */
  revealSpeed: number;
  autoAdvance: boolean;
}

export const TEXT_SCALES = [0.875, 1, 1.25, 1.5, 1.75] as const;
export const REVEAL_SPEEDS = [30, 60, 120] as const;

export const defaultSettings: Settings = {
  textScale: 1,
  theme: 'system',
  motion: 'system',
  reveal: 'instant',
  revealSpeed: 60,
  autoAdvance: false,
};

export interface SettingsSlice {
  settings: Settings;
  updateSettings: (patch: Partial<Settings>) => void;
}

const oneOf = <T,>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads stored settings, keeping only values we understand (anything else falls back to defaults). */
export function readSettings(raw: string | null): Settings {
  let v: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object') v = parsed as Record<string, unknown>;
  } catch {
    /* unreadable settings are replaced by defaults */
  }
  return {
    textScale: oneOf(v.textScale, TEXT_SCALES, defaultSettings.textScale),
    theme: oneOf(v.theme, ['light', 'dark', 'system'] as const, defaultSettings.theme),
    motion: oneOf(v.motion, ['full', 'reduced', 'system'] as const, defaultSettings.motion),
    reveal: oneOf(v.reveal, ['instant', 'typewriter'] as const, defaultSettings.reveal),
    revealSpeed: oneOf(v.revealSpeed, REVEAL_SPEEDS, defaultSettings.revealSpeed),
    autoAdvance: typeof v.autoAdvance === 'boolean' ? v.autoAdvance : defaultSettings.autoAdvance,
  };
}

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
