// Stories from elsewhere (the open page, #/apri): a .ink, .json or Inky export a reader picked. They
// are not in the episode list and have no cast; each is saved under `apri-<fingerprint>`, so opening
// the same file again resumes, and a new version of a file (same name, other content) starts afresh.
import type { StateCreator } from 'zustand';
import { fingerprint } from '../engine/fingerprint';
import type { Cast } from '../engine/types';
import type { EpisodeSource, StoreDeps } from './deps';
import type { AppState } from './index';
import { readSave, removeSave } from './saves';

/** A story from elsewhere speaks with no cast: no line is our author's or a character's. */
export const NO_CAST: Cast = { narrator: '', members: [] };

export interface OpenedStory {
  /** `apri-<fingerprint>`: the story's slot for saves, and the player's slug for it. */
  id: string;
  /** The file's name without extension (the title when the story has none). */
  name: string;
  json: string;
  /** The reader had a save of another version of this file: it no longer applies and was dropped. */
  replaced: boolean;
}

export interface OpenedSlice {
  opened: OpenedStory | null;
  /** Makes a picked story playable under its id (the player opens it like an episode); returns it. */
  openStoryFile: (name: string, json: string) => OpenedStory;
}

/** Which version of each file name was opened last: `{ name: id }`, newest last. */
const FILES_KEY = 'sihv.v1.opened-files';
/** Files remembered; the saves of older ones are dropped (storage is small and shared). */
const MAX_FILES = 20;

export const openedId = (json: string) => `apri-${fingerprint(json)}`;

export const isOpenedId = (slug: string) => slug.startsWith('apri-');

/** The opened story as the player loads an episode. */
export const openedSource = (story: OpenedStory): EpisodeSource => ({
  slug: story.id,
  tags: [],
  load: async () => ({ default: story.json }),
});

function readFiles(raw: string | null): Record<string, string> {
  try {
    const data: unknown = JSON.parse(raw ?? '{}');
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string' && isOpenedId(e[1])));
  } catch {
    return {};
  }
}

export const createOpenedSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], OpenedSlice> =>
  (set) => ({
    opened: null,
    openStoryFile: (name, json) => {
      const id = openedId(json);
      const files = readFiles(deps.storage.read(FILES_KEY));
      const before = files[name];
      const replaced = before !== undefined && before !== id && readSave(deps.storage, before) !== null;
      if (before !== undefined && before !== id) removeSave(deps.storage, before);
      delete files[name];
      files[name] = id;
      const names = Object.keys(files);
      for (const old of names.slice(0, Math.max(0, names.length - MAX_FILES))) {
        if (!Object.values(files).some((other, i) => other === files[old] && names[i] !== old)) removeSave(deps.storage, files[old]);
        delete files[old];
      }
      deps.storage.write(FILES_KEY, JSON.stringify(files));
      const story: OpenedStory = { id, name, json, replaced };
      set({ opened: story });
      return story;
    },
  });
