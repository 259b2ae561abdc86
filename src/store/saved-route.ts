import type { KeyValueStorage } from '../adapters/storage';
import { readSave } from './saves';

/**
 * The ink paths (`knot.stitch`) of the lines in an episode's saved run, in the order read: the route
 * the story map marks. Read as found (the map only draws it); an unreadable save is no route.
 */
export function savedPaths(storage: KeyValueStorage, slug: string): string[] {
  const save = readSave(storage, slug);
  const transcript = typeof save === 'object' && save !== null ? (save as { transcript?: unknown }).transcript : null;
  if (!Array.isArray(transcript)) return [];
  return transcript.flatMap((beat: unknown) => {
    const path = typeof beat === 'object' && beat !== null ? (beat as { path?: unknown }).path : null;
    return typeof path === 'string' && path ? [path] : [];
  });
}
