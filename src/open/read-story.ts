// What a dropped or picked file is, and the story JSON inside it. Nothing here runs story code: an
// Inky web export's story.js is read as text and its JSON parsed, never evaluated.
import type { SourceFile } from './compile-ink';

/** A compiled story found in the files, or .ink sources to compile, or why neither. */
export type PickedStory =
  | { kind: 'json'; name: string; json: string }
  | { kind: 'ink'; name: string; files: SourceFile[] }
  | { kind: 'error'; message: string };

export interface PickedFile {
  name: string;
  text: string;
}

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The name without its folder and extension: `storia.ink` → `storia`. */
export const storyName = (name: string) => (name.split(/[\\/]/).pop() ?? name).replace(/\.[a-z0-9]+$/i, '');

/**
 * Checks that `text` is a compiled ink story (JSON with an `inkVersion` and a `root`); returns it
 * without a byte-order mark, or an error message in Italian.
 */
export function checkStoryJson(text: string, name: string): { json: string } | { error: string } {
  const json = text.replace(/^\uFEFF/, '').trim();
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { error: `${name}: non è JSON valido (${(e as Error).message}).` };
  }
  if (typeof data !== 'object' || data === null || typeof (data as { inkVersion?: unknown }).inkVersion !== 'number' || !('root' in data)) {
    return { error: `${name}: non è una storia ink compilata (manca "inkVersion" o "root").` };
  }
  return { json };
}

/**
 * The story inside an Inky web export's `story.js`: `var storyContent = {…};`. The object is taken from
 * its first `{` to its last `}` and parsed as JSON text.
 */
export function readInkyExport(text: string, name: string): { json: string } | { error: string } {
  const start = /\bstoryContent\s*=\s*/.exec(text);
  const from = start ? text.indexOf('{', start.index) : -1;
  const to = text.lastIndexOf('}');
  if (!start || from < 0 || to < from) {
    return { error: `${name}: non sembra l'esportazione web di Inky (manca «var storyContent = {…}»).` };
  }
  return checkStoryJson(text.slice(from, to + 1), name);
}

/**
 * Sorts out what was picked: one compiled story (.json, or an Inky export's .js), or .ink files to
 * compile together (a main file and its INCLUDEs).
 */
export function readPicked(files: readonly PickedFile[]): PickedStory {
  if (files.length === 0) return { kind: 'error', message: 'Nessun file scelto.' };
  const ink = files.filter((f) => extension(f.name) === 'ink');
  if (ink.length > 0) {
    const other = files.find((f) => extension(f.name) !== 'ink');
    if (other) return { kind: 'error', message: `${other.name}: insieme ai file .ink si possono scegliere solo altri file .ink (per gli INCLUDE).` };
    return { kind: 'ink', name: storyName(ink[0].name), files: ink.map((f) => ({ name: f.name, text: f.text.replace(/^\uFEFF/, '') })) };
  }
  if (files.length > 1) return { kind: 'error', message: 'Scegli un solo file .json o .js (più file insieme solo se sono .ink).' };
  const [file] = files;
  const ext = extension(file.name);
  const read = ext === 'js' ? readInkyExport(file.text, file.name) : ext === 'json' ? checkStoryJson(file.text, file.name) : null;
  if (!read) return { kind: 'error', message: `${file.name}: si possono aprire file .ink, .json (ink compilato) o il .js dell'esportazione web di Inky.` };
  return 'error' in read ? { kind: 'error', message: read.error } : { kind: 'json', name: storyName(file.name), json: read.json };
}
