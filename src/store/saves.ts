// Saves in storage: a small head (ink state, rewind points) plus the transcript in fixed chunks, so
// a step rewrites the head and the last chunk only, whatever the length of the reading.
import type { KeyValueStorage, WriteResult } from '../adapters/storage';
import type { SaveData } from '../engine/save';
import type { Beat } from '../engine/types';
import { storageKeys } from './deps';

/** Beats a transcript chunk holds. */
export const CHUNK = 100;

type StoredBeat = Partial<Beat> & Pick<Beat, 'kind' | 'id'>;

/** Drops empty lists and nulls (most beats have no tags): a third of the bytes of a long reading. */
function compact(beat: Beat): StoredBeat {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(beat)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as StoredBeat;
}

function expand(beat: unknown): unknown {
  if (typeof beat !== 'object' || beat === null || (beat as Beat).kind === 'choice') return beat;
  return { directions: [], notes: [], prompts: [], classes: [], ending: null, endingName: null, ...beat };
}

/**
 * Writes `save`; only chunks from the one holding beat `changedFrom` onwards are rewritten. Chunks go
 * first and the head last, so a write cut short leaves the previous head naming chunks that exist.
 */
export function writeSave(storage: KeyValueStorage, slug: string, save: SaveData, changedFrom: number): WriteResult {
  const { transcript, ...head } = save;
  const chunks = Math.ceil(transcript.length / CHUNK);
  for (let k = Math.floor(Math.min(changedFrom, transcript.length) / CHUNK); k < chunks; k++) {
    const written = storage.write(storageKeys.saveChunk(slug, k), JSON.stringify(transcript.slice(k * CHUNK, (k + 1) * CHUNK).map(compact)));
    if (!written.ok) return written;
  }
  return storage.write(storageKeys.save(slug), JSON.stringify({ ...head, transcriptLength: transcript.length }));
}

/**
 * Reads a save back into one object for the engine to check, or null when there is none. A head
 * written by format 1 carries its transcript inline; a missing chunk leaves the transcript short,
 * which the engine's check reports as damage.
 */
export function readSave(storage: KeyValueStorage, slug: string): unknown {
  const raw = storage.read(storageKeys.save(slug));
  if (raw === null) return null;
  let head: unknown;
  try {
    head = JSON.parse(raw);
  } catch {
    return raw; // the engine reports it as unreadable
  }
  if (typeof head !== 'object' || head === null || !('transcriptLength' in head)) return head;
  const length = Number((head as { transcriptLength: unknown }).transcriptLength);
  const transcript: unknown[] = [];
  for (let k = 0; k * CHUNK < length; k++) {
    const chunk = storage.read(storageKeys.saveChunk(slug, k));
    try {
      const beats: unknown = chunk === null ? null : JSON.parse(chunk);
      if (!Array.isArray(beats)) return { ...head, transcript: null };
      transcript.push(...beats.map(expand));
    } catch {
      return { ...head, transcript: null };
    }
  }
  return { ...head, transcript: transcript.length === length ? transcript : null };
}

/** How many chunks a stored head names (none when it cannot be read). */
function chunksOf(head: string | null): number {
  try {
    return Math.ceil((Number(JSON.parse(head ?? '{}').transcriptLength) || 0) / CHUNK);
  } catch {
    return 0;
  }
}

/** Removes a save and its chunks. */
export function removeSave(storage: KeyValueStorage, slug: string): void {
  const chunks = chunksOf(storage.read(storageKeys.save(slug)));
  for (let k = 0; k < chunks; k++) storage.remove(storageKeys.saveChunk(slug, k));
  storage.remove(storageKeys.save(slug));
}

/**
 * Moves a save that could not be used out of the way (head and chunks, as they are), so reading on
 * cannot overwrite it; it stays there until the reader restarts the episode.
 */
export function setAside(storage: KeyValueStorage, slug: string): void {
  const raw = storage.read(storageKeys.save(slug));
  if (raw === null) return;
  storage.write(storageKeys.aside(slug), raw);
  for (let k = 0; k < chunksOf(raw); k++) {
    const chunk = storage.read(storageKeys.saveChunk(slug, k));
    if (chunk !== null) storage.write(storageKeys.asideChunk(slug, k), chunk);
  }
  removeSave(storage, slug);
}

/** Drops what `setAside` kept (the reader chose to restart). */
export function dropAside(storage: KeyValueStorage, slug: string): void {
  const chunks = chunksOf(storage.read(storageKeys.aside(slug)));
  for (let k = 0; k < chunks; k++) storage.remove(storageKeys.asideChunk(slug, k));
  storage.remove(storageKeys.aside(slug));
}
