import type { SyncChannel } from '../adapters/channel';
import type { KeyValueStorage } from '../adapters/storage';
import type { Cast } from '../engine/types';

/** An episode as the build lists it (see `virtual:episodes`). */
export interface EpisodeSource {
  slug: string;
  tags: string[];
  load: () => Promise<{ default: string }>;
}

/** The run module is loaded on demand: the home page does not need the ink runtime. */
export type EngineModule = typeof import('../engine/run');

/** Everything the store needs from outside, passed in so tests can use in-memory versions. */
export interface StoreDeps {
  storage: KeyValueStorage;
  episodes: EpisodeSource[];
  cast: Cast;
  now: () => number;
  loadEngine: () => Promise<EngineModule>;
  /**
   * Runs work that must not delay the next line on screen (saving). The browser passes an idle
   * callback; tests run the task at once.
   */
  defer: (task: () => void) => void;
  /** A monotonic clock in ms (the typewriter and pauses); performance.now by default. */
  clock?: () => number;
  /** Runs `task` after `ms`; returns a cancel function. setTimeout by default. */
  later?: (task: () => void, ms: number) => () => void;
  /**
   * Resolves in a later task, so the page can draw and take input between the steps of opening an
   * episode (the browser passes a macrotask). By default at once (tests, the build's pre-render).
   */
  nextTask?: () => Promise<void>;
  /** Messages to the other window of a workshop (none: each window works alone). */
  channel?: SyncChannel | null;
}

export const storageKeys = {
  settings: 'sihv.v1.settings',
  save: (slug: string) => `sihv.v1.save.${slug}`,
  /** Prefix of a transcript chunk's key (a revision follows: chunks are copy-on-write). */
  saveChunk: (slug: string, k: number) => `sihv.v1.save.${slug}.t${k}`,
  /** A save that could not be used, kept until the reader restarts the episode. */
  aside: (slug: string) => `sihv.v1.aside.${slug}`,
  progress: (slug: string) => `sihv.v1.progress.${slug}`,
  /** The last screen of an episode as plain data, for the page to paint before any script (see saves.ts). */
  snapshot: (slug: string) => `sihv.v1.snap.${slug}`,
  /** The workshop log of an episode: the groups run and what each chose (see store/workshop-log.ts). */
  workshopLog: (slug: string) => `sihv.v1.workshop-log.${slug}`,
  /** A workshop log that could not be read, kept until the log is cleared. */
  workshopLogAside: (slug: string) => `sihv.v1.workshop-log-aside.${slug}`,
};

/** The scheduler a slice uses: `deps.later`, or setTimeout. */
export const laterOf = (deps: StoreDeps) =>
  deps.later ??
  ((task: () => void, ms: number) => {
    const id = setTimeout(task, ms);
    return () => clearTimeout(id);
  });
