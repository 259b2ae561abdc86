// The save format, declared once as a valibot schema: it checks anything that comes out of storage
// and gives the types. A save that fails becomes a typed error, never an exception.
import * as v from 'valibot';
import type { Beat } from './types';

/** Bump when the save layout changes; older saves are then migrated or reported as outdated, never misread. */
export const SAVE_SCHEMA = 2;
/** The oldest layout still read: format 1 had no line checkpoints (they are rebuilt as the reader goes). */
const OLDEST_READABLE = 1;

const text = v.string();
const names = v.array(v.string());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const DirectionSchema = v.variant('type', [
  v.object({ type: v.literal('scene'), name: text }),
  v.object({ type: v.literal('enter'), who: names }),
  v.object({ type: v.literal('exit'), who: names }),
  v.object({ type: v.literal('pose'), who: text, pose: text }),
  v.object({ type: v.literal('clear') }),
  v.object({ type: v.literal('restart') }),
  v.object({ type: v.literal('pause'), seconds: v.pipe(v.number(), v.minValue(0)) }),
  v.object({ type: v.literal('image'), src: text }),
  v.object({ type: v.literal('background'), src: text }),
]);

const lineFields = {
  id: count,
  path: text,
  directions: v.array(DirectionSchema),
  notes: names,
  prompts: names,
  classes: names,
  ending: v.nullable(text),
  // Saves from before endings had names carry none.
  endingName: v.optional(v.nullable(text), null),
  // Saves from before sections carry none.
  section: v.optional(v.nullable(text), null),
};

const BeatSchema = v.variant('kind', [
  v.object({ kind: v.literal('speech'), speaker: text, text, ...lineFields }),
  v.object({ kind: v.literal('narration'), text, ...lineFields }),
  v.object({ kind: v.literal('direction'), ...lineFields }),
  v.object({ kind: v.literal('choice'), id: count, text, index: count, offered: v.optional(count) }),
]);

/** One rewind point: the ink state at a choice point (or a line checkpoint) and how much transcript it had. */
const SnapshotSchema = v.object({ state: text, transcriptLength: count });

const SaveSchema = v.pipe(
  v.object({
    schema: v.literal(SAVE_SCHEMA),
    /** Which episode this belongs to (its slug). */
    story: text,
    /** Fingerprint of the compiled story the state came from. */
    fingerprint: text,
    savedAt: v.number(),
    state: text,
    transcript: v.array(BeatSchema),
    /** Rewind points, oldest first (the most recent ones only; see MAX_SAVED_SNAPSHOTS). */
    snapshots: v.array(SnapshotSchema),
    /** The newest line checkpoints (for stepping back one line without replaying from the start). */
    checkpoints: v.array(SnapshotSchema),
    /** An ink runtime error that stopped the run: it is part of the run, and shows again on resume. */
    error: v.optional(v.nullable(text), null),
  }),
  v.check(
    (s) => s.transcript.every((b, i) => b.id === i) && [...s.snapshots, ...s.checkpoints].every((p) => p.transcriptLength <= s.transcript.length),
    'transcript ids or rewind points out of order',
  ),
);

export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
export type SaveData = v.InferOutput<typeof SaveSchema>;

// The engine's hand-written Beat and the stored beat must stay the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const beatsMatch: Same<v.InferOutput<typeof BeatSchema>, Beat> = true;
void beatsMatch;

export type SaveErrorKind = 'malformed' | 'outdated' | 'newer' | 'other-story' | 'story-changed';

export interface SaveError {
  kind: SaveErrorKind;
  message: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a save (anything may come out of storage) and that it belongs to `story`. Never throws. */
export function checkSave(raw: unknown, story: string): SaveData | SaveError {
  let data = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { kind: 'malformed', message: 'The saved progress is not readable (not valid JSON).' };
    }
  }
  if (!isObject(data)) return { kind: 'malformed', message: 'The saved progress is not readable.' };
  if (typeof data.schema === 'number' && data.schema > SAVE_SCHEMA) {
    return { kind: 'newer', message: `The saved progress comes from a newer version of the player (format ${data.schema}).` };
  }
  if (typeof data.schema === 'number' && data.schema < OLDEST_READABLE) {
    return { kind: 'outdated', message: `The saved progress comes from an older version of the player (format ${data.schema}).` };
  }
  if (data.schema === 1) data = { ...data, schema: SAVE_SCHEMA, checkpoints: data.checkpoints ?? [] };
  const parsed = v.safeParse(SaveSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = v.getDotPath(issue) ?? '';
    return { kind: 'malformed', message: `The saved progress is damaged (${where ? `${where}: ` : ''}${issue.message}).` };
  }
  if (parsed.output.story !== story) {
    return { kind: 'other-story', message: `The saved progress belongs to '${parsed.output.story}', not '${story}'.` };
  }
  return parsed.output;
}

export function isSaveError(x: SaveData | SaveError): x is SaveError {
  return 'kind' in x && 'message' in x && !('state' in x);
}
