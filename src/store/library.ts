import type { StateCreator } from 'zustand';
import { parseMeta } from '../engine/tags';
import type { Ending, EpisodeMeta } from '../engine/types';
import { storageKeys, type EpisodeSource, type StoreDeps } from './deps';
import type { AppState } from './index';
import { savedPaths } from './saved-route';
import { ProgressSchema, readStored, type Progress } from './schemas';

/** A reader's progress in one episode (kept apart from the save, so endings seen survive a restart). */
export type { Progress };

export interface EpisodeCard {
  slug: string;
  meta: EpisodeMeta;
  progress: Progress;
}

export interface LibrarySlice {
  episodes: EpisodeCard[];
  /** Updates one episode's progress in the list and in storage; returns false if it could not be stored. */
  recordProgress: (slug: string, patch: Partial<Progress>) => boolean;
  /** The episode after this one by episode number (the list's order), or null after the last. */
  nextEpisode: (slug: string) => EpisodeCard | null;
  /** The ink paths the saved run of an episode passed through (the story map marks them). */
  savedPaths: (slug: string) => string[];
  /** Where an episode's compiled story comes from, or undefined when there is no such episode. */
  episodeSource: (slug: string) => EpisodeSource | undefined;
  /**
   * The episode files changed while the site runs (live editing: a file added, renamed or deleted):
   * the list becomes `sources`, and every episode keeps its progress.
   */
  replaceEpisodes: (sources: EpisodeSource[]) => void;
}

/** The endings seen with `ending` added, or renamed when the ink has given it a new name. */
export function withEnding(seen: readonly Ending[], ending: Ending): Ending[] {
  return seen.some((e) => e.id === ending.id)
    ? seen.map((e) => (e.id === ending.id ? ending : e))
    : [...seen, ending];
}

export const readProgress = (raw: string | null): Progress => readStored(ProgressSchema, raw);

const episodeOrder = (a: EpisodeCard, b: EpisodeCard) =>
  (Number(a.meta.episode) || 0) - (Number(b.meta.episode) || 0) || a.slug.localeCompare(b.slug);

/** Cards for `sources`, in episode order; progress from `known` cards, else from storage. */
const cardsOf = (deps: StoreDeps, sources: readonly EpisodeSource[], known: readonly EpisodeCard[] = []): EpisodeCard[] =>
  sources
    .map((e) => ({
      slug: e.slug,
      meta: parseMeta(e.tags),
      progress: known.find((k) => k.slug === e.slug)?.progress ?? readProgress(deps.storage.read(storageKeys.progress(e.slug))),
    }))
    .sort(episodeOrder);

export const createLibrarySlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => {
    let sources = deps.episodes;
    return {
      episodes: cardsOf(deps, sources),
      episodeSource: (slug) => sources.find((e) => e.slug === slug),
      replaceEpisodes: (next) => {
        sources = next;
        set({ episodes: cardsOf(deps, next, get().episodes) });
      },
      recordProgress: (slug, patch) => {
        const card = get().episodes.find((e) => e.slug === slug);
        if (!card) return false;
        const progress = { ...card.progress, ...patch, updatedAt: deps.now() };
        set({ episodes: get().episodes.map((e) => (e.slug === slug ? { ...e, progress } : e)) });
        return deps.storage.write(storageKeys.progress(slug), JSON.stringify(progress)).ok;
      },
      nextEpisode: (slug) => {
        const episodes = get().episodes;
        const at = episodes.findIndex((e) => e.slug === slug);
        return at < 0 ? null : (episodes[at + 1] ?? null);
      },
      savedPaths: (slug) => savedPaths(deps.storage, slug),
    };
  };
