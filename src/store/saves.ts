// Saves in storage, one per slot (an episode's slug, or `workshop.<slug>` for a workshop run): a small head (ink state, rewind points) plus the transcript in fixed chunks, so
// a step rewrites the head and the last chunk only, whatever the length of the reading.
//
// Chunks are copy-on-write: a changed chunk goes under a new key, then the head (which lists its
// chunks) is written, then the chunks it no longer lists are removed. A write cut short (the tab
// closed, storage full) leaves the previous head naming chunks that are all still there: a reload
// finds the previous step, never a mix of two.
import type { KeyValueStorage, WriteResult } from '../adapters/storage';
import type { SaveData } from '../engine/save';
import type { Beat, Cast } from '../engine/types';
import { plainText } from '../engine/markup';
import { toLines } from '../screens/lines';
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
  return { directions: [], notes: [], prompts: [], classes: [], ending: null, endingName: null, section: null, ...beat };
}

/** The chunk keys a stored head lists (none when it cannot be read). */
function chunksOf(head: string | null): string[] {
  try {
    const chunks: unknown = JSON.parse(head ?? '{}').chunks;
    return Array.isArray(chunks) ? chunks.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

let revisions = 0;
const revision = () => `${Date.now().toString(36)}${(revisions++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export interface SaveWrite {
  result: WriteResult;
  /** The chunk keys now stored (pass them to the next write to skip reading the head). */
  chunks: string[];
}

/**
 * Writes `save`, rewriting only chunks from the one holding beat `changedFrom` on. `known` is the
 * chunk list of the last write (null: read it from the stored head).
 */
export function writeSave(storage: KeyValueStorage, slot: string, save: SaveData, changedFrom: number, known: string[] | null): SaveWrite {
  const { transcript, ...head } = save;
  const before = known ?? chunksOf(storage.read(storageKeys.save(slot)));
  const count = Math.ceil(transcript.length / CHUNK);
  const kept = Math.min(Math.floor(Math.min(changedFrom, transcript.length) / CHUNK), before.length, count);
  const chunks = before.slice(0, kept);
  const undo = (result: WriteResult): SaveWrite => {
    for (const written of chunks.slice(kept)) storage.remove(written);
    return { result, chunks: before };
  };
  const rev = revision();
  for (let k = kept; k < count; k++) {
    const key = `${storageKeys.saveChunk(slot, k)}.${rev}`;
    const result = storage.write(key, JSON.stringify(transcript.slice(k * CHUNK, (k + 1) * CHUNK).map(compact)));
    if (!result.ok) {
      storage.remove(key);
      return undo(result);
    }
    chunks.push(key);
  }
  const result = storage.write(storageKeys.save(slot), JSON.stringify({ ...head, transcriptLength: transcript.length, chunks }));
  if (!result.ok) return undo(result);
  for (const old of before) if (!chunks.includes(old)) storage.remove(old);
  return { result, chunks };
}

/**
 * Reads a save back into one object for the engine to check, or null when there is none. A head
 * written by format 1 carries its transcript inline; a missing or unreadable chunk leaves the
 * transcript unusable, which the engine's check reports as damage.
 */
export function readSave(storage: KeyValueStorage, slot: string): unknown {
  const raw = storage.read(storageKeys.save(slot));
  if (raw === null) return null;
  let head: unknown;
  try {
    head = JSON.parse(raw);
  } catch {
    return raw; // the engine reports it as unreadable
  }
  if (typeof head !== 'object' || head === null || !('chunks' in head)) return head;
  const transcript: unknown[] = [];
  for (const key of chunksOf(raw)) {
    try {
      const beats: unknown = JSON.parse(storage.read(key) ?? 'null');
      if (!Array.isArray(beats)) return { ...head, transcript: null };
      transcript.push(...beats.map(expand));
    } catch {
      return { ...head, transcript: null };
    }
  }
  const length = (head as { transcriptLength?: unknown }).transcriptLength;
  return { ...head, transcript: transcript.length === length ? transcript : null };
}

/** Removes a save and its chunks. */
export function removeSave(storage: KeyValueStorage, slot: string): void {
  for (const key of chunksOf(storage.read(storageKeys.save(slot)))) storage.remove(key);
  storage.remove(storageKeys.save(slot));
  removeSnapshot(storage, slot);
}

/**
 * Moves a save that could not be used out of the way (head and chunks, as they are), so reading on
 * cannot overwrite it; it stays there until the reader restarts the episode.
 */
export function setAside(storage: KeyValueStorage, slot: string): void {
  dropAside(storage, slot);
  const raw = storage.read(storageKeys.save(slot));
  if (raw === null) return;
  storage.write(storageKeys.aside(slot), raw); // its chunk keys stay as they are, listed by this copy
  storage.remove(storageKeys.save(slot));
  removeSnapshot(storage, slot); // the page must not paint a place the app will not open
}

/** Drops what `setAside` kept (the reader chose to restart). */
export function dropAside(storage: KeyValueStorage, slot: string): void {
  for (const key of chunksOf(storage.read(storageKeys.aside(slot)))) storage.remove(key);
  storage.remove(storageKeys.aside(slot));
}

/**
 * The "last screen" next to a save: the lines on the page as plain data (text, speaker's name and
 * colour), so a returning reader's page is painted from the HTML before any script (the inline script
 * of scripts/prerender.ts builds it with textContent; anything it cannot read, it ignores).
 */
export interface Snapshot {
  v: 1;
  phase: 'reading' | 'choosing' | 'ended' | 'failed' | 'loading';
  beats: number;
  hidden: number;
  lines: { kind: 'speech' | 'narration' | 'choice'; id: number; text: string; speaker?: string; color?: string; unvoiced?: boolean }[];
}

export function snapshotOf(page: readonly Beat[], cast: Cast, phase: Snapshot['phase'], beats: number, hidden: number): Snapshot {
  const lines = toLines(page, cast).map((l) => ({
    kind: l.kind,
    id: l.id,
    text: plainText(l.text),
    ...(l.kind === 'speech' ? { speaker: l.speaker.name, color: l.speaker.color } : {}),
    ...(l.kind === 'narration' && l.unvoiced ? { unvoiced: true } : {}),
  }));
  return { v: 1, phase, beats, hidden, lines };
}

/** Best effort: a snapshot that cannot be written only means the page paints the opening instead. */
export function writeSnapshot(storage: KeyValueStorage, slug: string, snapshot: Snapshot): void {
  if (!storage.write(storageKeys.snapshot(slug), JSON.stringify(snapshot)).ok) storage.remove(storageKeys.snapshot(slug));
}

export function removeSnapshot(storage: KeyValueStorage, slug: string): void {
  storage.remove(storageKeys.snapshot(slug));
}
